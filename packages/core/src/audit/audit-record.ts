// Writing the activity log. An entry is written in the same transaction as the act it records,
// so the log never shows something that did not happen, nor misses something that did.
import type { AuditAction, ClassRole, Db } from "@zang/db";
import type { PoolClient } from "pg";
import type { PostingPolicy } from "../classes/class-access.ts";

/** What an entry needs besides who, what and to whom, to be read later. */
export type AuditDetails = {
  role?: ClassRole;
  previousRole?: ClassRole;
  postingPolicy?: PostingPolicy;
  /** Where a login code was given or a roster imported: the web app or the server's command line. */
  via?: "web" | "command_line";
  rosterImport?: RosterImportSummary;
  /** A class's name (and grade) before and after a rename. */
  previousName?: string;
  name?: string;
  /** The school's settings that changed, each as [before, after]. */
  schoolChanges?: Partial<Record<"name" | "timeZone" | "locale", [string, string]>>;
};

/** What a roster import changed, as the log shows it (the job's page has the rest). */
export type RosterImportSummary = {
  jobId: string;
  fileName: string;
  /** Per kind (users, classes, enrollments): rows created, updated and deactivated. */
  changes: Record<"users" | "classes" | "enrollments", { created: number; updated: number; deactivated: number }>;
  loginCodes: number;
};

export type AuditRecord = {
  schoolId: string;
  /** Null when the act was done on the server's command line. */
  actorId: string | null;
  action: AuditAction;
  targetUserId?: string | null;
  classId?: string | null;
  messageId?: string | null;
  details?: AuditDetails;
};

function columns(record: AuditRecord) {
  return {
    schoolId: record.schoolId,
    actorId: record.actorId,
    action: record.action,
    targetUserId: record.targetUserId ?? null,
    classId: record.classId ?? null,
    messageId: record.messageId ?? null,
    details: record.details ?? {},
  };
}

/**
 * The entry as a Prisma write: in `db.prisma.$transaction([act, auditEntry(db.prisma, record)])`,
 * or with the `tx` of an interactive transaction.
 */
export function auditEntry(prisma: Pick<Db["prisma"], "auditEvent">, record: AuditRecord) {
  return prisma.auditEvent.create({ data: columns(record), select: { id: true } });
}

/** The entry written on a connection inside a transaction of our own (see inTransaction). */
export async function insertAuditEntry(client: PoolClient, record: AuditRecord): Promise<void> {
  const row = columns(record);
  await client.query(
    `INSERT INTO "AuditEvent" ("schoolId", "actorId", action, "targetUserId", "classId", "messageId", details)
     VALUES ($1, $2, $3::"AuditAction", $4, $5, $6, $7::jsonb)`,
    [row.schoolId, row.actorId, row.action, row.targetUserId, row.classId, row.messageId, JSON.stringify(row.details)],
  );
}
