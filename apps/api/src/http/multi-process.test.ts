// Two API processes on one PostgreSQL and one Redis: a student subscribed on one process hears
// what a teacher sends through the other, and a dropped connection resumes with nothing lost
// and nothing repeated.
import { randomUUID } from "node:crypto";
import { createTestDatabase, type TestDatabase } from "@zang/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnApi, type SpawnedApi } from "../testing/spawn-api.ts";
import { startTcpProxy, type TcpProxy } from "../testing/tcp-proxy.ts";
import { createNodeClient } from "../testing/trpc-client.ts";

const redisUrl = process.env.REDIS_URL;
if (!redisUrl) console.warn("[skipped] multi-process fan-out test: REDIS_URL is not set");

const MESSAGES_BEFORE_DROP = 10;
const MESSAGES_TOTAL = 40;

describe.skipIf(!redisUrl)("two API processes with Redis fan-out", () => {
  let apiA: SpawnedApi;
  let apiB: SpawnedApi;
  let proxy: TcpProxy;
  let database: TestDatabase;

  beforeAll(async () => {
    // A database of its own, so the demo school is seeded whatever other test files created.
    database = await createTestDatabase();
    const env = { DATABASE_URL: database.url, REDIS_URL: redisUrl!, ZANG_DEMO_SEED: "auto" };
    [apiA, apiB] = await Promise.all([spawnApi({ env }), spawnApi({ env })]);
    const { hostname, port } = new URL(apiA.url);
    proxy = await startTcpProxy({ host: hostname, port: Number(port) });
  }, 120_000);

  afterAll(async () => {
    await proxy?.close();
    await Promise.all([apiA?.stop(), apiB?.stop()]);
    await database?.drop();
  });

  it("delivers every message exactly once, in order, across a dropped connection", async () => {
    const login = (username: string) =>
      createNodeClient({ url: apiB.url }).auth.login.mutate({ schoolCode: "demo", username, password: "demo-pass-1234" });
    const [teacher, student] = await Promise.all([login("teacher1"), login("student1")]);
    const teacherClient = createNodeClient({ url: apiB.url, token: teacher.token });
    const classId = (await teacherClient.classes.list.query()).find((c) => c.name === "7-A")!.id;

    // The student listens on process A, through a proxy the test can cut.
    const studentClient = createNodeClient({ url: apiA.url, subscriptionUrl: proxy.url, token: student.token });
    const received: Array<{ id: string; seq: number; body: string }> = [];
    let started!: () => void;
    const isStarted = new Promise<void>((resolve) => (started = resolve));
    const subscription = studentClient.messages.onEvent.subscribe(
      { classId },
      {
        onStarted: () => started(),
        onData: ({ data }) => void (data.kind !== "class.updated" && received.push({ id: data.message.id, seq: data.message.seq, body: data.message.body })),
        onError: (error) => console.error("subscription error", error),
      },
    );
    await isStarted;

    const sent: string[] = [];
    const send = async (i: number) => {
      const message = await teacherClient.messages.send.mutate({ classId, body: `پیام ${i} — message ${i}`, clientId: randomUUID() });
      sent.push(message.id);
    };
    for (let i = 1; i <= MESSAGES_BEFORE_DROP; i++) await send(i);
    await expect.poll(() => received.length, { timeout: 10_000 }).toBe(MESSAGES_BEFORE_DROP);

    expect(proxy.dropAll()).toBeGreaterThan(0);
    for (let i = MESSAGES_BEFORE_DROP + 1; i <= MESSAGES_TOTAL; i++) {
      await send(i);
      if (i % 10 === 0) proxy.dropAll(); // drop again while it reconnects
    }

    await expect.poll(() => received.length, { timeout: 30_000 }).toBeGreaterThanOrEqual(MESSAGES_TOTAL);
    await new Promise((resolve) => setTimeout(resolve, 500)); // anything extra would show up now
    subscription.unsubscribe();

    expect(received.map((m) => m.id)).toEqual(sent);
    expect(new Set(received.map((m) => m.id)).size).toBe(MESSAGES_TOTAL);
    expect(received.map((m) => m.seq)).toEqual([...received.map((m) => m.seq)].sort((a, b) => a - b));
  }, 120_000);
});
