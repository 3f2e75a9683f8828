import type { Db } from "@zang/db";
import { AppError } from "../errors.ts";
import { assertOwnFiles } from "../files/own-files.ts";
import type { Viewer } from "../viewer.ts";
import { loadAssignment } from "./assignment-access.ts";

export type SubmitTarget = { id: string; dueAt: Date; allowLateUntil: Date | null; closedAt: Date | null };

type TargetRow = SubmitTarget & { isStudent: boolean; ownedFiles: number };

// Everything a hand-in must satisfy, in one round trip of plain SQL: the assignment is of the
// viewer's school, its class is open and the viewer is a student in it, and every attached file is
// their own upload. Submit is the deadline-evening hot path; the general helpers would take three
// queries (two of them compiled by Prisma) to say the same.
const SUBMIT_TARGET = `
SELECT a.id, a."dueAt", a."allowLateUntil", a."closedAt",
       coalesce(m.role = 'student', false) AS "isStudent",
       (SELECT count(*)::int FROM "File" f WHERE f.id = ANY($4::uuid[]) AND f."schoolId" = $2 AND f."uploadedById" = $3) AS "ownedFiles"
FROM "Assignment" a
LEFT JOIN "ClassGroup" c ON c.id = a."classId" AND c."schoolId" = $2 AND c."archivedAt" IS NULL
LEFT JOIN "Membership" m ON m."classId" = c.id AND m."userId" = $3
WHERE a.id = $1 AND a."schoolId" = $2`;

/**
 * The assignment a student may hand in to, with these files. When the fast check says no, the
 * general helpers run to give exactly the errors every other homework procedure gives.
 */
export async function loadSubmitTarget({ db, viewer, assignmentId, fileIds }: { db: Db; viewer: Viewer; assignmentId: string; fileIds: readonly string[] }): Promise<SubmitTarget> {
  const { rows } = await db.pool.query<TargetRow>(SUBMIT_TARGET, [assignmentId, viewer.schoolId, viewer.userId, fileIds]);
  const row = rows[0];
  if (!row?.isStudent) {
    const { access } = await loadAssignment({ db, viewer, assignmentId });
    if (access.role !== "student") throw new AppError({ code: "FORBIDDEN", message: "Only students of the class can submit work." });
  }
  if (!row || row.ownedFiles !== fileIds.length) await assertOwnFiles({ db, viewer, fileIds });
  if (!row) throw new AppError({ code: "NOT_FOUND", message: "This assignment does not exist." });
  return { id: row.id, dueAt: row.dueAt, allowLateUntil: row.allowLateUntil, closedAt: row.closedAt };
}
