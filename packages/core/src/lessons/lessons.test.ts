// Lessons against the real database and a LiveKit room API: the Twirp stand-in by default, or a
// real LiveKit server when LIVEKIT_URL is set (tests that inspect the stand-in then skip).
import { randomUUID } from "node:crypto";
import { createVideo, type Video, type VideoWebhookEvent } from "@zang/video";
import { startTestLiveKit, verifyJoinToken, type TestLiveKit } from "@zang/video/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getClassAccess } from "../classes/class-access.ts";
import { UTF8_BOM } from "../homework/csv.ts";
import { buildTestSchool, connectTestDb, viewerFor } from "../testing/test-db.ts";
import type { Viewer } from "../viewer.ts";
import { applyVideoWebhook } from "./apply-webhook.ts";
import { exportAttendanceCsv, lessonAttendance } from "./attendance.ts";
import { listHands, myHand, raiseHand, setSpeaker } from "./hands.ts";
import { joinLesson } from "./join-lesson.ts";
import { requireVideo } from "./lesson-access.ts";
import { endLesson, EXTRA_ROOM_SEATS, listLessons, ROOM_DEPARTURE_TIMEOUT_SECONDS, ROOM_EMPTY_TIMEOUT_SECONDS, scheduleLesson, startLesson } from "./manage-lessons.ts";

const db = connectTestDb();
let livekit: TestLiveKit;
let video: Video;
let school: Awaited<ReturnType<typeof buildTestSchool>>;
let classId: string;
let teacher: Viewer, otherTeacher: Viewer, student1: Viewer, student2: Viewer, outsiderStudent: Viewer, admin: Viewer, strangerAdmin: Viewer, strangerStudent: Viewer;

beforeAll(async () => {
  livekit = await startTestLiveKit();
  video = createVideo(livekit);
  school = await buildTestSchool(db, "lessons");
  const stranger = await buildTestSchool(db, "lessons-stranger");
  classId = school.classIds["7-A"]!;
  [teacher, otherTeacher, student1, student2, outsiderStudent, admin, strangerAdmin, strangerStudent] = await Promise.all([
    viewerFor(db, school, "teacher1"),
    viewerFor(db, school, "teacher2"),
    viewerFor(db, school, "student1"),
    viewerFor(db, school, "student2"),
    viewerFor(db, school, "student3"),
    viewerFor(db, school, "admin"),
    viewerFor(db, stranger, "admin"),
    viewerFor(db, stranger, "student1"),
  ]);
});
afterAll(async () => {
  await db.close();
  await livekit.close();
});

const withStandIn = () => it.skipIf(livekit?.standIn === null);
const startsAt = () => new Date(Date.now() + 3_600_000);

async function newLesson(title = `Algebra ${randomUUID().slice(0, 4)}`) {
  const access = await getClassAccess({ db, viewer: teacher, classId });
  return scheduleLesson({ db, viewer: teacher, access, input: { classId, title, startsAt: startsAt(), durationMinutes: 45 } });
}

async function liveLesson(startedAt = new Date()) {
  const lesson = await newLesson();
  await startLesson({ db, video, viewer: teacher, lessonId: lesson.id, now: startedAt });
  return lesson;
}

const roomOf = async (lessonId: string) => (await db.prisma.lesson.findUniqueOrThrow({ where: { id: lessonId }, select: { roomName: true } })).roomName;
const claimsOf = async (viewer: Viewer, lessonId: string) =>
  verifyJoinToken({ ...livekit, token: (await joinLesson({ db, video, viewer, lessonId })).token });

describe("scheduling and listing", () => {
  it("schedules a lesson for the class and lists it to its members, without the room name", async () => {
    const lesson = await newLesson("هندسه");
    expect(lesson).toMatchObject({ classId, title: "هندسه", durationMinutes: 45, state: "scheduled", isLive: false, startedAt: null, createdBy: { id: teacher.userId } });
    expect(lesson.endsAt.getTime() - lesson.startsAt.getTime()).toBe(45 * 60_000);
    const access = await getClassAccess({ db, viewer: student1, classId });
    const listed = await listLessons({ db, viewer: student1, access });
    expect(listed.map((l) => l.id)).toContain(lesson.id);
    expect(JSON.stringify(listed)).not.toContain("zang-lesson-");
  });

  it("refuses a start time in the past", async () => {
    const access = await getClassAccess({ db, viewer: teacher, classId });
    await expect(
      scheduleLesson({ db, viewer: teacher, access, input: { classId, title: "late", startsAt: new Date(Date.now() - 3_600_000), durationMinutes: 45 } }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });

  it("says what to configure when LiveKit is not set up", () => {
    expect(() => requireVideo(undefined)).toThrow(expect.objectContaining({ code: "NOT_CONFIGURED", message: expect.stringMatching(/LIVEKIT_URL, LIVEKIT_API_KEY and LIVEKIT_API_SECRET/) }));
  });
});

describe("starting, joining and ending", () => {
  it("refuses a join token before the lesson starts", async () => {
    const lesson = await newLesson();
    await expect(joinLesson({ db, video, viewer: student1, lessonId: lesson.id })).rejects.toMatchObject({ code: "CONFLICT", message: "This lesson has not started yet." });
    await expect(joinLesson({ db, video, viewer: teacher, lessonId: lesson.id })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("creates the room with the class's limits, once, when the teacher starts the lesson", async () => {
    const lesson = await newLesson();
    const startedAt = new Date("2030-03-01T08:00:00.000Z");
    const started = await startLesson({ db, video, viewer: teacher, lessonId: lesson.id, now: startedAt });
    expect(started).toMatchObject({ state: "live", isLive: true, startedAt });
    const again = await startLesson({ db, video, viewer: teacher, lessonId: lesson.id, now: new Date("2030-03-01T08:05:00.000Z") });
    expect(again.startedAt).toEqual(startedAt);

    if (livekit.standIn) {
      const room = await roomOf(lesson.id);
      const members = await db.prisma.membership.count({ where: { classId } });
      const creates = livekit.standIn.requestsOf("CreateRoom").filter((request) => request.body.name === room);
      expect(creates).toHaveLength(2);
      expect(creates[0]).toMatchObject({
        status: 200,
        grant: { roomCreate: true },
        body: { name: room, maxParticipants: members + EXTRA_ROOM_SEATS, emptyTimeout: ROOM_EMPTY_TIMEOUT_SECONDS, departureTimeout: ROOM_DEPARTURE_TIMEOUT_SECONDS },
      });
      expect(livekit.standIn.hasRoom(room)).toBe(true);
    }
  });

  it("lets only the class's teachers (and the school's admin) start a lesson", async () => {
    const lesson = await newLesson();
    await expect(startLesson({ db, video, viewer: student1, lessonId: lesson.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(startLesson({ db, video, viewer: otherTeacher, lessonId: lesson.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(startLesson({ db, video, viewer: strangerAdmin, lessonId: lesson.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(startLesson({ db, video, viewer: admin, lessonId: lesson.id })).resolves.toMatchObject({ state: "live" });
  });

  it("gives the teacher a presenter's token: camera, microphone, screen, room admin, short expiry", async () => {
    const lesson = await liveLesson();
    const { url } = await joinLesson({ db, video, viewer: teacher, lessonId: lesson.id });
    expect(url).toBe(video.clientUrl);
    const claims = await claimsOf(teacher, lesson.id);
    expect(claims.sub).toBe(teacher.userId);
    expect(claims.name).toBe(teacher.displayName);
    expect(claims.video).toMatchObject({
      room: await roomOf(lesson.id),
      roomJoin: true,
      roomAdmin: true,
      canSubscribe: true,
      canPublish: true,
      canPublishSources: ["camera", "microphone", "screen_share", "screen_share_audio"],
    });
    expect(claims.exp! - Math.floor(Date.now() / 1000)).toBeLessThanOrEqual(300);
  });

  it("gives a student a listener's token, and the school's admin a teacher's", async () => {
    const lesson = await liveLesson();
    const claims = await claimsOf(student1, lesson.id);
    expect(claims.sub).toBe(student1.userId);
    expect(claims.name).toBe(student1.displayName);
    expect(claims.video).toMatchObject({ room: await roomOf(lesson.id), roomJoin: true, roomAdmin: false, canSubscribe: true, canPublish: false, canPublishSources: [], canPublishData: false });
    expect((await claimsOf(admin, lesson.id)).video).toMatchObject({ roomAdmin: true });
  });

  it("gives nobody outside the class a token", async () => {
    const lesson = await liveLesson();
    for (const viewer of [outsiderStudent, otherTeacher, strangerAdmin, strangerStudent]) {
      await expect(joinLesson({ db, video, viewer, lessonId: lesson.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    await expect(joinLesson({ db, video, viewer: student1, lessonId: randomUUID() })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("closes the room for everyone at the end, and then refuses tokens and restarts", async () => {
    const lesson = await liveLesson();
    const room = await roomOf(lesson.id);
    const ended = await endLesson({ db, video, viewer: teacher, lessonId: lesson.id });
    expect(ended).toMatchObject({ state: "ended", endedAt: expect.any(Date) });
    if (livekit.standIn) {
      expect(livekit.standIn.hasRoom(room)).toBe(false);
      expect(livekit.standIn.requestsOf("DeleteRoom").filter((request) => request.body.room === room)).toMatchObject([{ status: 200, grant: { roomCreate: true } }]);
    }
    await expect(joinLesson({ db, video, viewer: student1, lessonId: lesson.id })).rejects.toMatchObject({ code: "CONFLICT", message: "This lesson has ended." });
    await expect(joinLesson({ db, video, viewer: teacher, lessonId: lesson.id })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(endLesson({ db, video, viewer: teacher, lessonId: lesson.id })).resolves.toMatchObject({ state: "ended", endedAt: ended.endedAt });
    await expect(startLesson({ db, video, viewer: teacher, lessonId: lesson.id })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("refuses to end a lesson that has not started, and lets only teachers end one", async () => {
    const lesson = await newLesson();
    await expect(endLesson({ db, video, viewer: teacher, lessonId: lesson.id })).rejects.toMatchObject({ code: "CONFLICT" });
    const live = await liveLesson();
    await expect(endLesson({ db, video, viewer: student1, lessonId: live.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("raised hands and the microphone", () => {
  it("queues raised hands for the teacher, and lets only students raise them", async () => {
    const lesson = await liveLesson();
    await expect(raiseHand({ db, viewer: student2, lessonId: lesson.id, raised: true, now: new Date("2030-03-01T08:01:00Z") })).resolves.toEqual({ raised: true, canSpeak: false });
    await raiseHand({ db, viewer: student1, lessonId: lesson.id, raised: true, now: new Date("2030-03-01T08:02:00Z") });
    await raiseHand({ db, viewer: student2, lessonId: lesson.id, raised: true, now: new Date("2030-03-01T08:03:00Z") }); // twice keeps its place
    const hands = await listHands({ db, viewer: teacher, lessonId: lesson.id });
    expect(hands.map((hand) => [hand.userId, hand.isRaised, hand.canSpeak])).toEqual([
      [student2.userId, true, false],
      [student1.userId, true, false],
    ]);
    await expect(myHand({ db, viewer: student2, lessonId: lesson.id })).resolves.toEqual({ raised: true, canSpeak: false });
    await raiseHand({ db, viewer: student2, lessonId: lesson.id, raised: false });
    await expect(myHand({ db, viewer: student2, lessonId: lesson.id })).resolves.toEqual({ raised: false, canSpeak: false });
    await expect(myHand({ db, viewer: teacher, lessonId: lesson.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(myHand({ db, viewer: outsiderStudent, lessonId: lesson.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listHands({ db, viewer: teacher, lessonId: lesson.id })).map((hand) => hand.userId)).toEqual([student1.userId]);
    await expect(raiseHand({ db, viewer: teacher, lessonId: lesson.id, raised: true })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(raiseHand({ db, viewer: outsiderStudent, lessonId: lesson.id, raised: true })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(listHands({ db, viewer: student1, lessonId: lesson.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("refuses hands before the lesson starts", async () => {
    const lesson = await newLesson();
    await expect(raiseHand({ db, viewer: student1, lessonId: lesson.id, raised: true })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  withStandIn()("grants and revokes a connected student's microphone through UpdateParticipant", async () => {
    const standIn = livekit.standIn!;
    const lesson = await liveLesson();
    const room = await roomOf(lesson.id);
    standIn.connectParticipant({ room, identity: student1.userId, name: student1.displayName });
    await raiseHand({ db, viewer: student1, lessonId: lesson.id, raised: true });

    await expect(setSpeaker({ db, video, viewer: teacher, lessonId: lesson.id, userId: student1.userId, allowed: true })).resolves.toEqual({
      userId: student1.userId,
      canSpeak: true,
      isConnected: true,
    });
    expect(standIn.participant(room, student1.userId)?.permission).toMatchObject({ canSubscribe: true, canPublish: true, canPublishSources: [2], canPublishData: false });
    expect(await listHands({ db, viewer: teacher, lessonId: lesson.id })).toEqual([expect.objectContaining({ userId: student1.userId, isRaised: false, canSpeak: true })]);
    expect((await claimsOf(student1, lesson.id)).video).toMatchObject({ canPublish: true, canPublishSources: ["microphone"], roomAdmin: false });

    await setSpeaker({ db, video, viewer: teacher, lessonId: lesson.id, userId: student1.userId, allowed: false });
    expect(standIn.participant(room, student1.userId)?.permission).toMatchObject({ canSubscribe: true, canPublish: false, canPublishSources: [] });
    expect((await claimsOf(student1, lesson.id)).video).toMatchObject({ canPublish: false, canPublishSources: [] });
    expect(await listHands({ db, viewer: teacher, lessonId: lesson.id })).toEqual([]);

    const updates = standIn.requestsOf("UpdateParticipant").filter((request) => request.body.room === room);
    expect(updates.map((request) => [request.status, request.body.identity, request.grant])).toEqual([
      [200, student1.userId, expect.objectContaining({ roomAdmin: true, room })],
      [200, student1.userId, expect.objectContaining({ roomAdmin: true, room })],
    ]);
  });

  it("remembers a grant for a student who is not connected, for their next token", async () => {
    const lesson = await liveLesson();
    await expect(setSpeaker({ db, video, viewer: teacher, lessonId: lesson.id, userId: student2.userId, allowed: true })).resolves.toMatchObject({ canSpeak: true, isConnected: false });
    expect((await claimsOf(student2, lesson.id)).video).toMatchObject({ canPublish: true, canPublishSources: ["microphone"] });
  });

  it("refuses to give the microphone to anyone but a student of the class, and refuses students", async () => {
    const lesson = await liveLesson();
    for (const userId of [outsiderStudent.userId, teacher.userId, strangerStudent.userId, randomUUID()]) {
      await expect(setSpeaker({ db, video, viewer: teacher, lessonId: lesson.id, userId, allowed: true })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    await expect(setSpeaker({ db, video, viewer: student1, lessonId: lesson.id, userId: student2.userId, allowed: true })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("webhooks and attendance", () => {
  const lessonStart = new Date("2030-03-01T08:00:00.000Z");
  const at = (minutes: number) => new Date(lessonStart.getTime() + minutes * 60_000);

  type Delivery = VideoWebhookEvent;
  function participantEvent(room: string, kind: "participant_joined" | "participant_left", user: Viewer, sid: string, joinedAt: Date, when: Date): Delivery {
    return { id: `EV_${randomUUID()}`, kind, event: kind, roomName: room, occurredAt: when, participant: { sid, identity: user.userId, joinedAt } };
  }
  /**
   * student1: joins at 2, drops at 10, reconnects (new sid) at 11, opens a second tab at 20
   * (overlapping), leaves both at 30 and 31 → 8 + 20 = 28 minutes. student2: joins at 40 and never
   * leaves (the lesson ends at 45) → 5 minutes. The room finishes at 45.
   */
  function story(room: string): Delivery[] {
    return [
      { id: `EV_${randomUUID()}`, kind: "room_started", event: "room_started", roomName: room, occurredAt: at(0), participant: null },
      participantEvent(room, "participant_joined", student1, "PA_a", at(2), at(2)),
      participantEvent(room, "participant_left", student1, "PA_a", at(2), at(10)),
      participantEvent(room, "participant_joined", student1, "PA_b", at(11), at(11)),
      participantEvent(room, "participant_joined", student1, "PA_c", at(20), at(20)),
      participantEvent(room, "participant_left", student1, "PA_c", at(20), at(30)),
      participantEvent(room, "participant_left", student1, "PA_b", at(11), at(31)),
      participantEvent(room, "participant_joined", student2, "PA_d", at(40), at(40)),
      { id: `EV_${randomUUID()}`, kind: "room_finished", event: "room_finished", roomName: room, occurredAt: at(45), participant: null },
    ];
  }

  async function deliver(deliveries: Delivery[]) {
    const outcomes = [];
    for (const event of deliveries) outcomes.push((await applyVideoWebhook({ db, event })).outcome);
    return outcomes;
  }

  async function attendanceFor(lessonId: string) {
    const report = await lessonAttendance({ db, viewer: teacher, lessonId });
    return report.students.map(({ userId, firstJoinedAt, lastLeftAt, attendedSeconds, totalMinutes, sessionCount, isPresent }) => ({
      userId,
      firstJoinedAt,
      lastLeftAt,
      attendedSeconds,
      totalMinutes,
      sessionCount,
      isPresent,
    }));
  }

  const EXPECTED = () => [
    { userId: student1.userId, firstJoinedAt: at(2), lastLeftAt: at(31), attendedSeconds: 28 * 60, totalMinutes: 28, sessionCount: 3, isPresent: false },
    { userId: student2.userId, firstJoinedAt: at(40), lastLeftAt: at(45), attendedSeconds: 5 * 60, totalMinutes: 5, sessionCount: 1, isPresent: false },
  ];

  it("turns room and participant events into the lesson's end and per-student attendance", async () => {
    const lesson = await liveLesson(lessonStart);
    const events = story(await roomOf(lesson.id));
    expect(await deliver(events)).toEqual(Array(events.length).fill("applied"));
    const report = await lessonAttendance({ db, viewer: teacher, lessonId: lesson.id });
    expect(report.lesson).toMatchObject({ state: "ended", startedAt: lessonStart, endedAt: at(45) });
    expect(report.summary).toEqual({ students: 2, attended: 2, present: 0 });
    expect(await attendanceFor(lesson.id)).toEqual(EXPECTED());
  });

  it("gives the same result for duplicated, replayed and reordered deliveries", async () => {
    const orders: Array<(events: Delivery[]) => Delivery[]> = [
      (events) => [...events].reverse(),
      (events) => [...events, ...events, ...events.slice(2, 5)],
      (events) => shuffled([...events, ...events], 7),
      (events) => shuffled(events, 42),
    ];
    for (const order of orders) {
      const lesson = await liveLesson(lessonStart);
      const events = story(await roomOf(lesson.id));
      const outcomes = await deliver(order(events));
      expect(outcomes.filter((outcome) => outcome === "applied")).toHaveLength(events.length);
      expect(outcomes.filter((outcome) => outcome !== "applied").every((outcome) => outcome === "duplicate")).toBe(true);
      expect(await attendanceFor(lesson.id)).toEqual(EXPECTED());
      expect(await db.prisma.lesson.findUniqueOrThrow({ where: { id: lesson.id }, select: { state: true, startedAt: true, endedAt: true } })).toEqual({
        state: "ended",
        startedAt: lessonStart,
        endedAt: at(45),
      });
    }
  });

  it("answers a concurrent redelivery once", async () => {
    const lesson = await liveLesson(lessonStart);
    const event = participantEvent(await roomOf(lesson.id), "participant_joined", student1, "PA_x", at(1), at(1));
    const outcomes = await Promise.all(Array.from({ length: 8 }, () => applyVideoWebhook({ db, event })));
    expect(outcomes.map((o) => o.outcome).sort()).toEqual(["applied", ...Array(7).fill("duplicate")]);
  });

  it("never reopens an ended lesson when room_started arrives late", async () => {
    const lesson = await liveLesson(lessonStart);
    const room = await roomOf(lesson.id);
    await endLesson({ db, video, viewer: teacher, lessonId: lesson.id, now: at(30) });
    await deliver([
      { id: `EV_${randomUUID()}`, kind: "room_finished", event: "room_finished", roomName: room, occurredAt: at(31), participant: null },
      { id: `EV_${randomUUID()}`, kind: "room_started", event: "room_started", roomName: room, occurredAt: at(0), participant: null },
    ]);
    expect(await db.prisma.lesson.findUniqueOrThrow({ where: { id: lesson.id }, select: { state: true, endedAt: true } })).toEqual({ state: "ended", endedAt: at(30) });
  });

  it("counts a student still in a live lesson up to now", async () => {
    const lesson = await liveLesson(lessonStart);
    await deliver([participantEvent(await roomOf(lesson.id), "participant_joined", student1, "PA_live", at(5), at(5))]);
    const report = await lessonAttendance({ db, viewer: teacher, lessonId: lesson.id, now: at(15) });
    expect(report.students.find((row) => row.userId === student1.userId)).toMatchObject({ attendedSeconds: 600, totalMinutes: 10, isPresent: true, lastLeftAt: null });
    expect(report.summary).toMatchObject({ present: 1 });
  });

  it("ignores rooms that are not lessons, strangers' identities and events lessons do not use", async () => {
    const lesson = await liveLesson(lessonStart);
    const room = await roomOf(lesson.id);
    const outcomes = await deliver([
      participantEvent(`not-a-lesson-${randomUUID()}`, "participant_joined", student1, "PA_1", at(1), at(1)),
      participantEvent(room, "participant_joined", strangerStudent, "PA_2", at(1), at(1)),
      { ...participantEvent(room, "participant_joined", student1, "PA_3", at(1), at(1)), participant: { sid: "PA_3", identity: "EG_recorder", joinedAt: at(1) } },
      { ...participantEvent(room, "participant_joined", student1, "PA_4", at(1), at(1)), kind: "other", event: "track_published" },
    ]);
    expect(outcomes).toEqual(["ignored", "ignored", "ignored", "ignored"]);
    expect(await db.prisma.lessonParticipantSession.count({ where: { lessonId: lesson.id } })).toBe(0);
  });

  it("shows attendance to the class's teachers only", async () => {
    const lesson = await liveLesson(lessonStart);
    await expect(lessonAttendance({ db, viewer: student1, lessonId: lesson.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(lessonAttendance({ db, viewer: strangerAdmin, lessonId: lesson.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(exportAttendanceCsv({ db, viewer: otherTeacher, lessonId: lesson.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("exports attendance as CSV with a BOM, in the school's time zone", async () => {
    const lesson = await liveLesson(lessonStart);
    await deliver(story(await roomOf(lesson.id)));
    const { filename, csv } = await exportAttendanceCsv({ db, viewer: teacher, lessonId: lesson.id });
    expect(filename).toMatch(/^attendance-Algebra-[\w-]+-2030-03-01\.csv$/);
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    const lines = csv.slice(UTF8_BOM.length).split("\r\n");
    expect(lines[0]).toBe("username,student_id,name,first_joined (Asia/Tehran),last_left (Asia/Tehran),minutes,sessions,present_now");
    // 08:02 UTC is 11:32 in Tehran (UTC+03:30).
    expect(lines).toContain("student1,,Student One,2030-03-01 11:32:00,2030-03-01 12:01:00,28,3,no");
    expect(lines).toContain("student2,,Student Two,2030-03-01 12:10:00,2030-03-01 12:15:00,5,1,no");
    expect(lines.at(-1)).toBe("");
  });
});

/** A deterministic shuffle, so a failure can be replayed. */
function shuffled<T>(items: T[], seed: number): T[] {
  const result = [...items];
  let state = seed;
  for (let i = result.length - 1; i > 0; i--) {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    const j = state % (i + 1);
    [result[i], result[j]] = [result[j]!, result[i]!];
  }
  return result;
}
