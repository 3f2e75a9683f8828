import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getMe } from "../auth/me.ts";
import { buildTestSchool, connectTestDb, viewerFor } from "../testing/test-db.ts";
import type { Viewer } from "../viewer.ts";
import { updateSchool } from "./update-school.ts";

const db = connectTestDb();
let school: Awaited<ReturnType<typeof buildTestSchool>>;
let admin: Viewer, student: Viewer;

beforeAll(async () => {
  school = await buildTestSchool(db, "school-settings");
  [admin, student] = await Promise.all([viewerFor(db, school, "admin"), viewerFor(db, school, "student1")]);
});
afterAll(() => db.close());

describe("updateSchool", () => {
  it("changes the school's name, clock and language for everyone in it, logging what changed before and after", async () => {
    const before = (await getMe({ db, viewer: student })).school;
    expect(before.locale).toBe("fa");
    await updateSchool({ db, viewer: admin, input: { name: before.name, timeZone: "Asia/Kabul", locale: "fa" } });
    await updateSchool({ db, viewer: admin, input: { name: before.name, timeZone: "Asia/Kabul", locale: "fa" } });
    expect((await getMe({ db, viewer: student })).school).toMatchObject({ name: before.name, timeZone: "Asia/Kabul" });
    const logged = await db.prisma.auditEvent.findMany({ where: { schoolId: school.schoolId }, select: { action: true, actorId: true, details: true } });
    expect(logged).toEqual([{ action: "school_settings_changed", actorId: admin.userId, details: { schoolChanges: { timeZone: [before.timeZone, "Asia/Kabul"] } } }]);
  });
});
