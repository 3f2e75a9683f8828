import type { Db } from "@zang/db";
import type { TUpdateSchoolInput } from "@zang/validators";
import { auditEntry, type AuditDetails } from "../audit/audit-record.ts";
import type { Viewer } from "../viewer.ts";

type Setting = keyof TUpdateSchoolInput;
const SETTINGS: readonly Setting[] = ["name", "timeZone", "locale"];

/**
 * A school's admin changes its name, time zone (the clock of due dates, lessons and the log) or
 * default language. What changed is logged, before and after; the same settings again log nothing.
 */
export async function updateSchool({ db, viewer, input }: { db: Db; viewer: Viewer; input: TUpdateSchoolInput }) {
  return db.prisma.$transaction(async (tx) => {
    const [current] = await tx.$queryRaw<Array<Record<Setting, string>>>`
      SELECT name, "timeZone", locale FROM "School" WHERE id = ${viewer.schoolId}::uuid FOR UPDATE`;
    const changes: NonNullable<AuditDetails["schoolChanges"]> = {};
    for (const setting of SETTINGS) if (current![setting] !== input[setting]) changes[setting] = [current![setting], input[setting]];
    if (Object.keys(changes).length > 0) {
      await tx.school.update({ where: { id: viewer.schoolId }, data: input, select: { id: true } });
      await auditEntry(tx, { schoolId: viewer.schoolId, actorId: viewer.userId, action: "school_settings_changed", details: { schoolChanges: changes } });
    }
    return { ...input };
  });
}
