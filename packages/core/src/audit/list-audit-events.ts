import type { AuditAction, Db } from "@zang/db";
import type { TAuditListInput } from "@zang/validators";
import { AppError } from "../errors.ts";
import type { Viewer } from "../viewer.ts";
import type { AuditDetails } from "./audit-record.ts";

export type AuditPerson = { userId: string; displayName: string; username: string };

export type AuditLogEntry = {
  id: number;
  at: Date;
  action: AuditAction;
  /** Null when it was done on the server's command line. */
  actor: AuditPerson | null;
  target: AuditPerson | null;
  class: { classId: string; name: string } | null;
  messageId: string | null;
  details: AuditDetails;
};

const PERSON = { select: { id: true, displayName: true, username: true } } as const;

/**
 * A page of the school's activity log, newest first, for its admins. `nextCursor` asks for the
 * page after this one (null at the beginning of the log). With a `userId`, only that person's
 * entries (as actor or target), and the person as `person`; a person of another school answers
 * NOT_FOUND, like any other school's id.
 */
export async function listAuditEvents({
  db,
  viewer,
  input,
}: {
  db: Db;
  viewer: Viewer;
  input: TAuditListInput;
}): Promise<{ entries: AuditLogEntry[]; nextCursor: number | null; person: AuditPerson | null }> {
  const filterPerson = input.userId ? await db.prisma.user.findFirst({ where: { id: input.userId, schoolId: viewer.schoolId }, ...PERSON }) : null;
  if (input.userId && !filterPerson) throw new AppError({ code: "NOT_FOUND", message: "This user does not exist in your school." });
  const rows = await db.prisma.auditEvent.findMany({
    where: {
      schoolId: viewer.schoolId,
      ...(input.cursor ? { id: { lt: BigInt(input.cursor) } } : {}),
      ...(input.action ? { action: input.action } : {}),
      ...(input.userId ? { OR: [{ actorId: input.userId }, { targetUserId: input.userId }] } : {}),
    },
    orderBy: { id: "desc" },
    take: input.limit + 1,
    select: { id: true, at: true, action: true, messageId: true, details: true, actor: PERSON, targetUser: PERSON, classGroup: { select: { id: true, name: true } } },
  });
  const page = rows.slice(0, input.limit);
  return {
    entries: page.map((row) => ({
      id: Number(row.id),
      at: row.at,
      action: row.action,
      actor: person(row.actor),
      target: person(row.targetUser),
      class: row.classGroup && { classId: row.classGroup.id, name: row.classGroup.name },
      messageId: row.messageId,
      details: row.details as AuditDetails,
    })),
    nextCursor: rows.length > input.limit ? Number(page.at(-1)!.id) : null,
    person: person(filterPerson),
  };
}

function person(user: { id: string; displayName: string; username: string } | null): AuditPerson | null {
  return user && { userId: user.id, displayName: user.displayName, username: user.username };
}
