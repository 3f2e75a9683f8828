-- The class list's homework lists (homework.dueSoon, homework.toGrade) run whenever a student or a
-- teacher opens it. Both indexes are outside schema.prisma, which cannot describe them; they are
-- listed in packages/db/src/drift/outside-prisma.ts.

-- A class's assignments that still take work, by when they stop taking it (late window included;
-- GREATEST ignores a null "allowLateUntil"). Closed assignments are left out of the index.
CREATE INDEX "Assignment_open_until_idx" ON "Assignment" ("classId", (GREATEST("dueAt", "allowLateUntil"))) WHERE "closedAt" IS NULL;

-- Hand-ins still to grade, per assignment: a small part of all hand-ins once grading keeps up.
CREATE INDEX "Submission_ungraded_idx" ON "Submission" ("assignmentId", "submittedAt") WHERE "gradedAt" IS NULL;
