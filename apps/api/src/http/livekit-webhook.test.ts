// Video lessons through the real HTTP server: tRPC procedures, the LiveKit room API (the Twirp
// stand-in, or a real server when LIVEKIT_URL is set) and POST /livekit/webhook fed with
// deliveries signed exactly as LiveKit signs them — and with forged, replayed, duplicated and
// reordered ones.
import { randomUUID } from "node:crypto";
import { TRPCClientError } from "@trpc/client";
import { buildTestSchool, TEST_PASSWORD } from "@zang/core/testing";
import { createDb, type Db } from "@zang/db";
import { createTestDatabase, type TestDatabase } from "@zang/db/testing";
import type { AppRouter } from "@zang/trpc";
import { signWebhook, signWebhookFacts, startTestLiveKit, verifyJoinToken, webhookBody, type TestLiveKit, type WebhookFacts } from "@zang/video/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApi, type RunningApi } from "../app.ts";
import { readEnv } from "../env.ts";
import { createNodeClient } from "../testing/trpc-client.ts";

let livekit: TestLiveKit;
let api: RunningApi;
let unconfiguredApi: RunningApi;
let db: Db;
let database: TestDatabase;
let school: Awaited<ReturnType<typeof buildTestSchool>>;
const tokens: Record<string, string> = {};

const baseEnv = () => ({ DATABASE_URL: database.url, PORT: "0", HOST: "127.0.0.1", ZANG_DEMO_SEED: "off" });

beforeAll(async () => {
  // A database of its own: other files of this package expect the shared one to hold only the demo school.
  database = await createTestDatabase();
  livekit = await startTestLiveKit();
  api = await startApi({
    env: readEnv({ ...baseEnv(), LIVEKIT_URL: livekit.url, LIVEKIT_API_KEY: livekit.apiKey, LIVEKIT_API_SECRET: livekit.apiSecret }),
    log: () => {},
  });
  unconfiguredApi = await startApi({ env: readEnv(baseEnv()), log: () => {} });
  db = createDb({ url: database.url, poolSize: 2 });
  school = await buildTestSchool(db, "webhooks");
  for (const username of ["teacher1", "student1", "student2", "student3"]) {
    const { token } = await createNodeClient({ url: api.url }).auth.login.mutate({ schoolCode: school.code, username, password: TEST_PASSWORD });
    tokens[username] = token;
  }
});
afterAll(async () => {
  await api?.close();
  await unconfiguredApi?.close();
  await db?.close();
  await livekit?.close();
  await database?.drop();
});

const as = (username: string, url = api.url) => createNodeClient({ url, token: tokens[username] });
const keys = () => ({ apiKey: livekit.apiKey, apiSecret: livekit.apiSecret });
const roomOf = async (lessonId: string) => (await db.prisma.lesson.findUniqueOrThrow({ where: { id: lessonId }, select: { roomName: true } })).roomName;

async function post(body: string, authorization?: string, init: RequestInit = {}) {
  const response = await fetch(`${api.url}/livekit/webhook`, {
    method: "POST",
    headers: { "content-type": "application/webhook+json", ...(authorization ? { authorization } : {}) },
    body,
    ...init,
  });
  return { status: response.status, body: (await response.json()) as { outcome?: string; error?: string } };
}

async function liveLesson() {
  const classId = school.classIds["7-A"]!;
  const lesson = await as("teacher1").lessons.schedule.mutate({ classId, title: "Physics", startsAt: new Date(Date.now() + 60_000), durationMinutes: 45 });
  const started = await as("teacher1").lessons.start.mutate({ lessonId: lesson.id });
  return { ...started, room: await roomOf(lesson.id) };
}

describe("lessons over HTTP", () => {
  it("starts a room through LiveKit's API and hands out verified tokens to members only", async () => {
    const lesson = await liveLesson();
    expect(lesson.state).toBe("live");
    if (livekit.standIn) expect(livekit.standIn.requestsOf("CreateRoom").some((request) => request.body.name === lesson.room)).toBe(true);

    const { url, token } = await as("student1").lessons.join.mutate({ lessonId: lesson.id });
    expect(url).toBe(livekit.url.replace(/^http/, "ws"));
    const claims = await verifyJoinToken({ ...keys(), token });
    expect(claims).toMatchObject({ sub: school.userIds.student1, name: "Student One", video: { room: lesson.room, roomJoin: true, canPublish: false, canSubscribe: true } });

    const refused = await as("student3").lessons.join.mutate({ lessonId: lesson.id }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(TRPCClientError);
    expect((refused as TRPCClientError<AppRouter>).data).toMatchObject({ code: "NOT_FOUND", httpStatus: 404 });
  });

  it("answers lesson procedures with what to set when LiveKit is not configured, and keeps the rest working", async () => {
    const error = (await as("teacher1", unconfiguredApi.url)
      .lessons.list.query({ classId: school.classIds["7-A"]! })
      .catch((e: unknown) => e)) as TRPCClientError<AppRouter>;
    expect(error.data).toMatchObject({ code: "PRECONDITION_FAILED", httpStatus: 412 });
    expect(error.message).toMatch(/LIVEKIT_URL, LIVEKIT_API_KEY and LIVEKIT_API_SECRET/);
    await expect(as("teacher1", unconfiguredApi.url).auth.me.query()).resolves.toMatchObject({ username: "teacher1" });
    const webhook = await fetch(`${unconfiguredApi.url}/livekit/webhook`, { method: "POST", body: "{}" });
    expect(webhook.status).toBe(503);
  });
});

describe("POST /livekit/webhook", () => {
  /** Whole seconds after the lesson started, as LiveKit's timestamps are. */
  async function storyFor(lesson: { startedAt: Date | null; room: string }) {
    const base = Math.ceil(lesson.startedAt!.getTime() / 1000) * 1000 + 60_000;
    const at = (minutes: number) => new Date(base + minutes * 60_000);
    const student1 = school.userIds.student1!;
    const student2 = school.userIds.student2!;
    const event = (e: WebhookFacts["event"], identity: string, sid: string, joined: number, when: number): WebhookFacts => ({
      id: `EV_${randomUUID()}`,
      event: e,
      room: lesson.room,
      at: at(when),
      participant: { sid, identity, joinedAt: at(joined) },
    });
    const facts: WebhookFacts[] = [
      event("participant_joined", student1, "PA_1", 0, 0),
      event("participant_left", student1, "PA_1", 0, 10), // dropped…
      event("participant_joined", student1, "PA_2", 12, 12), // …and reconnected
      event("participant_connection_aborted", student1, "PA_2", 12, 20),
      event("participant_joined", student2, "PA_3", 5, 5),
      { id: `EV_${randomUUID()}`, event: "room_finished", room: lesson.room, at: at(30) },
    ];
    const expected = {
      [student1]: { attendedSeconds: 18 * 60, totalMinutes: 18, sessionCount: 2, firstJoinedAt: at(0), lastLeftAt: at(20) },
      [student2]: { attendedSeconds: 25 * 60, totalMinutes: 25, sessionCount: 1, firstJoinedAt: at(5), lastLeftAt: at(30) },
    };
    return { facts, expected, endedAt: at(30) };
  }

  async function attendanceOf(lessonId: string) {
    const report = await as("teacher1").lessons.attendance.query({ lessonId });
    return Object.fromEntries(
      report.students.map(({ userId, attendedSeconds, totalMinutes, sessionCount, firstJoinedAt, lastLeftAt }) => [
        userId,
        { attendedSeconds, totalMinutes, sessionCount, firstJoinedAt, lastLeftAt },
      ]),
    );
  }

  it("applies signed deliveries: attendance across reconnects, and the room's end ends the lesson", async () => {
    const lesson = await liveLesson();
    const { facts, expected, endedAt } = await storyFor(lesson);
    for (const fact of facts) {
      const { body, authorization } = await signWebhookFacts(keys(), fact);
      expect(await post(body, authorization)).toEqual({ status: 200, body: { outcome: "applied" } });
    }
    expect(await attendanceOf(lesson.id)).toEqual(expected);
    const [after] = (await as("teacher1").lessons.list.query({ classId: school.classIds["7-A"]! })).filter((l) => l.id === lesson.id);
    expect(after).toMatchObject({ state: "ended", endedAt });
    await expect(as("student1").lessons.join.mutate({ lessonId: lesson.id })).rejects.toMatchObject({ data: { code: "CONFLICT" } });

    const { csv } = await as("teacher1").lessons.attendanceCsv.query({ lessonId: lesson.id });
    expect(csv.startsWith("\uFEFFusername,student_id,name,")).toBe(true);
    expect(csv).toContain("student1,,Student One,");
    expect(csv).toContain(",18,2,no\r\n");
  });

  it("gives the same result for replayed, duplicated and reordered deliveries", async () => {
    const lesson = await liveLesson();
    const { facts, expected } = await storyFor(lesson);
    const signed = await Promise.all(facts.map((fact) => signWebhookFacts(keys(), fact)));
    // Newest first, each delivered twice, and two delivered concurrently with themselves.
    const deliveries = [...signed].reverse().flatMap((delivery) => [delivery, delivery]);
    const outcomes: string[] = [];
    for (const delivery of deliveries) outcomes.push((await post(delivery.body, delivery.authorization)).body.outcome!);
    const concurrent = await Promise.all([signed[0]!, signed[0]!, signed[3]!, signed[3]!].map((delivery) => post(delivery.body, delivery.authorization)));
    expect(outcomes.filter((outcome) => outcome === "applied")).toHaveLength(facts.length);
    expect(outcomes.filter((outcome) => outcome === "duplicate")).toHaveLength(facts.length);
    expect(concurrent.map((response) => response.body.outcome)).toEqual(["duplicate", "duplicate", "duplicate", "duplicate"]);
    expect(await attendanceOf(lesson.id)).toEqual(expected);
  });

  it("rejects unsigned and forged deliveries and changes nothing", async () => {
    const lesson = await liveLesson();
    const fact: WebhookFacts = {
      id: `EV_${randomUUID()}`,
      event: "participant_joined",
      room: lesson.room,
      at: new Date(lesson.startedAt!.getTime() + 1000),
      participant: { sid: "PA_forged", identity: school.userIds.student1!, joinedAt: new Date(lesson.startedAt!.getTime() + 1000) },
    };
    const genuine = await signWebhookFacts(keys(), fact);
    const forgeries: Array<[string, string, string | undefined]> = [
      ["unsigned", genuine.body, undefined],
      ["signed with another secret", genuine.body, (await signWebhookFacts({ ...keys(), apiSecret: "a-guessed-secret-of-32-characters-long" }, fact)).authorization],
      ["signed by another API key", genuine.body, (await signWebhookFacts({ ...keys(), apiKey: "APIforged" }, fact)).authorization],
      ["body changed after signing", genuine.body.replace(school.userIds.student1!, school.userIds.student2!), genuine.authorization],
      ["another body's signature", webhookBody({ ...fact, id: `EV_${randomUUID()}` }), genuine.authorization],
      ["expired signature", genuine.body, (await signWebhook({ ...keys(), body: genuine.body, ttlSeconds: -60 })).authorization],
      ["not a JWT", genuine.body, "Bearer nonsense"],
    ];
    for (const [what, body, authorization] of forgeries) {
      expect(await post(body, authorization), what).toEqual({ status: 401, body: { error: expect.stringMatching(/not signed/) } });
    }
    expect(await db.prisma.lessonParticipantSession.count({ where: { lesson: { roomName: lesson.room } } })).toBe(0);
    expect(await db.prisma.liveKitWebhookEvent.count({ where: { id: fact.id } })).toBe(0);
    // The genuine delivery still goes through afterwards: the forgeries did not burn its id.
    expect(await post(genuine.body, genuine.authorization)).toEqual({ status: 200, body: { outcome: "applied" } });
  });

  it("refuses other methods and oversized bodies", async () => {
    const get = await fetch(`${api.url}/livekit/webhook`);
    expect(get.status).toBe(405);
    expect(get.headers.get("allow")).toBe("POST");
    const huge = await fetch(`${api.url}/livekit/webhook`, { method: "POST", body: "x".repeat(300 * 1024) });
    expect(huge.status).toBe(413);
  });
});
