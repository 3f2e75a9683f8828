import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listAuditEvents } from "../audit/list-audit-events.ts";
import { isAppError } from "../errors.ts";
import type { ClassEvent } from "../events/class-event.ts";
import { MemoryEventBus } from "../events/memory-event-bus.ts";
import { buildTestSchool, connectTestDb, viewerFor } from "../testing/test-db.ts";
import type { Viewer } from "../viewer.ts";
import { getClassAccess } from "./class-access.ts";
import { listArchivedClasses, renameClass, setClassArchived } from "./class-settings.ts";
import { listClasses } from "./list-classes.ts";

const db = connectTestDb();
const events = new MemoryEventBus();
let school: Awaited<ReturnType<typeof buildTestSchool>>;
let admin: Viewer, student: Viewer, otherAdmin: Viewer;
let classId: string;

beforeAll(async () => {
  school = await buildTestSchool(db, "class-settings");
  const other = await buildTestSchool(db, "class-settings-other");
  [admin, student, otherAdmin] = await Promise.all([viewerFor(db, school, "admin"), viewerFor(db, school, "student1"), viewerFor(db, other, "admin")]);
  classId = school.classIds["7-A"]!;
});
afterAll(() => db.close());

const classNames = async (viewer: Viewer) => (await listClasses({ db, viewer })).map((summary) => summary.name);
const logged = async () => (await listAuditEvents({ db, viewer: admin, input: { limit: 100 } })).entries.map((entry) => [entry.action, entry.class?.name ?? null, entry.details]);

describe("class settings", () => {
  it("renames a class for its members at once, logging the old and new name; the same name again changes nothing", async () => {
    const heard: ClassEvent[] = [];
    const unsubscribe = await events.subscribe([classId], (event) => heard.push(event));
    await renameClass({ db, events, viewer: admin, input: { classId, name: "7-A Science", grade: "7" } });
    await renameClass({ db, events, viewer: admin, input: { classId, name: "7-A Science", grade: "7" } });
    unsubscribe();
    expect(await classNames(student)).toContain("7-A Science");
    expect(heard.map((event) => event.kind)).toEqual(["class.updated"]);
    expect(await logged()).toEqual([["class_renamed", "7-A Science", { previousName: "7-A", name: "7-A Science" }]]);
  });

  it("archives a class out of everyone's sight, keeping it for the admin to restore as it was", async () => {
    const archivedClass = school.classIds["7-B"]!;
    await setClassArchived({ db, events, viewer: admin, input: { classId: archivedClass, archived: true } });
    await setClassArchived({ db, events, viewer: admin, input: { classId: archivedClass, archived: true } });
    expect(await classNames(admin)).not.toContain("7-B");
    const refused = await getClassAccess({ db, viewer: admin, classId: archivedClass }).catch((error: unknown) => error);
    expect(isAppError(refused) && refused.code).toBe("NOT_FOUND");
    expect(await listArchivedClasses({ db, viewer: admin })).toEqual([{ id: archivedClass, name: "7-B", grade: expect.anything(), archivedAt: expect.any(Date), memberCount: expect.any(Number) }]);

    await setClassArchived({ db, events, viewer: admin, input: { classId: archivedClass, archived: false } });
    expect(await classNames(admin)).toContain("7-B");
    expect(await listArchivedClasses({ db, viewer: admin })).toEqual([]);
    expect((await logged()).slice(0, 2).map(([action]) => action)).toEqual(["class_restored", "class_archived"]);
  });

  it("answers NOT_FOUND for another school's class and changes nothing there", async () => {
    for (const attempt of [
      () => renameClass({ db, events, viewer: otherAdmin, input: { classId, name: "taken over" } }),
      () => setClassArchived({ db, events, viewer: otherAdmin, input: { classId, archived: true } }),
    ]) {
      const refused = await attempt().catch((error: unknown) => error);
      expect(isAppError(refused) && refused.code).toBe("NOT_FOUND");
    }
    expect(await classNames(student)).toContain("7-A Science");
    expect(await listArchivedClasses({ db, viewer: otherAdmin })).toEqual([]);
  });
});
