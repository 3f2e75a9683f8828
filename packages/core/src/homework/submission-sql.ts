// Hand-ins as plain SQL on the pool. Why not the Prisma client: the evening before a deadline a
// whole school submits within minutes. Prisma took nine round trips per hand-in, compiling each
// statement, and its interactive transactions give up after waiting 2 s for a connection — a
// lost submission under exactly that load. Here a first hand-in is one statement, and a later
// version is one short transaction.
import type { Db } from "@zang/db";
import type { PoolClient } from "pg";
import { inTransaction } from "../sql/in-transaction.ts";

export type VersionFacts = {
  schoolId: string;
  assignmentId: string;
  studentId: string;
  idempotencyKey: string;
  text: string;
  fileIds: readonly string[];
  submittedAt: Date;
  isLate: boolean;
};

export type StoredVersion = { submissionId: string; version: number; isLate: boolean; submittedAt: Date };

const FIRST_HAND_IN = `
WITH submission AS (
  INSERT INTO "Submission" ("schoolId", "assignmentId", "studentId", "currentVersion", "submittedAt", "isLate")
  VALUES ($1, $2, $3, 1, $4, $5)
  ON CONFLICT ("assignmentId", "studentId") DO NOTHING
  RETURNING id
), version AS (
  INSERT INTO "SubmissionVersion" ("submissionId", version, "idempotencyKey", text, "submittedAt", "isLate")
  SELECT id, 1, $6::text, $7::text, $4::timestamptz, $5::boolean FROM submission
  RETURNING id
), files AS (
  INSERT INTO "SubmissionFile" ("versionId", "fileId")
  SELECT version.id, file_id FROM version, unnest($8::uuid[]) AS file_id
)
SELECT id FROM submission`;

/**
 * Creates the submission with its version 1 when the student has none yet; returns null (and
 * writes nothing) when they already have one. A concurrent first hand-in waits on the unique
 * index until the other commits, then gets null.
 */
export async function insertFirstHandIn(db: Db, facts: VersionFacts): Promise<StoredVersion | null> {
  const { rows } = await db.pool.query<{ id: string }>(FIRST_HAND_IN, [
    facts.schoolId,
    facts.assignmentId,
    facts.studentId,
    facts.submittedAt,
    facts.isLate,
    facts.idempotencyKey,
    facts.text,
    facts.fileIds,
  ]);
  const row = rows[0];
  return row ? { submissionId: row.id, version: 1, isLate: facts.isLate, submittedAt: facts.submittedAt } : null;
}

export type LockedSubmission = { id: string; currentVersion: number; gradedAt: Date | null };

/**
 * Runs `work` in a transaction holding the student's submission row (null when they have none),
 * so concurrent hand-ins of one student get distinct versions. Every statement in it runs after
 * the lock and so sees whatever the previous holder committed.
 */
export async function withLockedSubmission<T>(
  db: Db,
  { assignmentId, studentId }: { assignmentId: string; studentId: string },
  work: (tx: SubmissionTx, submission: LockedSubmission | null) => Promise<T>,
): Promise<T> {
  return inTransaction(db, async (client) => {
    const { rows } = await client.query<LockedSubmission>(
      `SELECT id, "currentVersion", "gradedAt" FROM "Submission" WHERE "assignmentId" = $1 AND "studentId" = $2 FOR UPDATE`,
      [assignmentId, studentId],
    );
    return work(new SubmissionTx(client), rows[0] ?? null);
  });
}

const ADD_VERSION = `
WITH version AS (
  INSERT INTO "SubmissionVersion" ("submissionId", version, "idempotencyKey", text, "submittedAt", "isLate")
  VALUES ($1, $2, $3, $4, $5, $6)
  RETURNING id
), files AS (
  INSERT INTO "SubmissionFile" ("versionId", "fileId")
  SELECT version.id, file_id FROM version, unnest($7::uuid[]) AS file_id
)
UPDATE "Submission" SET "currentVersion" = $2, "submittedAt" = $5, "isLate" = $6 WHERE id = $1`;

/** The statements that may run while the submission row is locked. */
export class SubmissionTx {
  constructor(private readonly client: PoolClient) {}

  /** The version an earlier attempt with this idempotency key created, if any. */
  async versionByKey(submissionId: string, idempotencyKey: string): Promise<StoredVersion | null> {
    const { rows } = await this.client.query<{ version: number; isLate: boolean; submittedAt: Date }>(
      `SELECT version, "isLate", "submittedAt" FROM "SubmissionVersion" WHERE "submissionId" = $1 AND "idempotencyKey" = $2`,
      [submissionId, idempotencyKey],
    );
    const row = rows[0];
    return row ? { submissionId, ...row } : null;
  }

  /** Adds the next version with its files and makes it the submission's current one. */
  async addVersion(submission: LockedSubmission, facts: VersionFacts): Promise<StoredVersion> {
    const version = submission.currentVersion + 1;
    await this.client.query(ADD_VERSION, [submission.id, version, facts.idempotencyKey, facts.text, facts.submittedAt, facts.isLate, facts.fileIds]);
    return { submissionId: submission.id, version, isLate: facts.isLate, submittedAt: facts.submittedAt };
  }
}
