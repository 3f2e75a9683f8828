// The API sweeps on its own: started with a short interval, it removes an expired session and an
// upload nobody attached (and runs the roster sweep) and says so in its log, while a live session stays.
import { randomBytes } from "node:crypto";
import { Readable } from "node:stream";
import { receiveUpload } from "@zang/core";
import { buildTestSchool, viewerFor } from "@zang/core/testing";
import { createDb, type Db } from "@zang/db";
import { createTestDatabase, type TestDatabase } from "@zang/db/testing";
import { createTempLocalStore } from "@zang/storage/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHousekeeping } from "./housekeeping.ts";

let database: TestDatabase;
let db: Db;

beforeAll(async () => {
  database = await createTestDatabase();
  db = createDb({ url: database.url, poolSize: 2 });
});
afterAll(async () => {
  await db.close();
  await database.drop();
});

describe("housekeeping", () => {
  it("sweeps on its timer and logs what it removed", async () => {
    const school = await buildTestSchool(db, "housekeeping");
    const session = (expiresAt: Date) =>
      db.prisma.session.create({ data: { tokenHash: Uint8Array.from(randomBytes(32)), userId: school.userIds.student1!, schoolId: school.schoolId, expiresAt }, select: { id: true } });
    const [expired, live] = await Promise.all([session(new Date(Date.now() - 1000)), session(new Date(Date.now() + 3_600_000))]);
    const { store: files, cleanup: removeFiles } = await createTempLocalStore();
    const viewer = await viewerFor(db, school, "teacher1");
    const abandoned = await receiveUpload({ db, store: files, viewer, upload: { body: Readable.from([Buffer.from("never sent")]), declaredName: "draft.txt" } });
    await db.prisma.pendingFile.update({ where: { fileId: abandoned.id }, data: { since: new Date(Date.now() - 7 * 86_400_000) } });
    const lines: string[] = [];
    // The roster service's own sweep is tested with the service (roster-service.test.ts); here, that it is run and reported.
    const roster = { removeExpiredFiles: async () => 1 };
    const housekeeping = startHousekeeping({ db, roster, files, log: (line) => lines.push(line), intervalMs: 50 });
    try {
      await expect.poll(() => db.prisma.session.count({ where: { id: expired.id } }), { timeout: 5000 }).toBe(0);
      await expect.poll(() => db.prisma.file.count({ where: { id: abandoned.id } }), { timeout: 5000 }).toBe(0);
    } finally {
      housekeeping.stop();
      await removeFiles();
    }
    expect(await db.prisma.session.count({ where: { id: live.id } })).toBe(1);
    await expect.poll(() => lines.join("\n")).toContain("[housekeeping] removed 1 expired sessions");
    await expect.poll(() => lines.join("\n")).toContain("[housekeeping] removed the kept files of 1 old roster imports");
    await expect.poll(() => lines.join("\n")).toContain("[housekeeping] removed 1 uploads nobody attached (1 stored objects)");
  });
});
