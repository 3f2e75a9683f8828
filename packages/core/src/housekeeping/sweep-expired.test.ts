// The sweep takes exactly what has served its time and leaves everything still in use.
import { randomBytes, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestSchool, connectTestDb } from "../testing/test-db.ts";
import { KEEP_WEBHOOK_IDS_MS, sweepExpired } from "./sweep-expired.ts";

const db = connectTestDb();
let school: Awaited<ReturnType<typeof buildTestSchool>>;

beforeAll(async () => {
  school = await buildTestSchool(db, "sweep");
});
afterAll(() => db.close());

describe("sweepExpired", () => {
  it("removes expired sessions, day-old webhook ids and upload records, and nothing newer", async () => {
    // The real time: other test files share the database, and their rows must look current to the sweep.
    const now = new Date();
    const userId = school.userIds.student1!;
    const session = (expiresAt: Date) =>
      db.prisma.session.create({ data: { tokenHash: Uint8Array.from(randomBytes(32)), userId, schoolId: school.schoolId, expiresAt }, select: { id: true } });
    const [expired, live] = await Promise.all([session(new Date(now.getTime() - 1000)), session(new Date(now.getTime() + 60_000))]);
    const [oldHook, newHook] = [`old-${randomUUID()}`, `new-${randomUUID()}`];
    await db.prisma.liveKitWebhookEvent.createMany({
      data: [
        { id: oldHook, event: "participant_joined", receivedAt: new Date(now.getTime() - KEEP_WEBHOOK_IDS_MS - 1000) },
        { id: newHook, event: "participant_joined", receivedAt: new Date(now.getTime() - 60_000) },
      ],
    });
    const upload = (createdAt: Date) =>
      db.prisma.fileUpload.create({ data: { schoolId: school.schoolId, uploadedById: userId, quarantineKey: `quarantine/${randomUUID()}`, createdAt }, select: { id: true } });
    const [oldUpload, newUpload] = await Promise.all([upload(new Date(now.getTime() - 25 * 3600_000)), upload(new Date(now.getTime() - 3600_000))]);

    const result = await sweepExpired({ db, now });
    // Other test files share the database: at least ours went, and ours only by age.
    expect(result.sessions).toBeGreaterThanOrEqual(1);
    expect(result.webhookIds).toBeGreaterThanOrEqual(1);
    expect(result.uploadRecords).toBeGreaterThanOrEqual(1);
    expect(await db.prisma.session.findMany({ where: { id: { in: [expired.id, live.id] } }, select: { id: true } })).toEqual([{ id: live.id }]);
    expect(await db.prisma.liveKitWebhookEvent.findMany({ where: { id: { in: [oldHook, newHook] } }, select: { id: true } })).toEqual([{ id: newHook }]);
    expect(await db.prisma.fileUpload.findMany({ where: { id: { in: [oldUpload.id, newUpload.id] } }, select: { id: true } })).toEqual([{ id: newUpload.id }]);

    expect(await sweepExpired({ db, now })).toMatchObject({ webhookIds: 0 });
  });
});
