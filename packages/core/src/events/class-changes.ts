// Reads a class's changes back from the database, for subscribers that missed them.
import type { Db } from "@zang/db";
import type { Message } from "../messages/message.ts";
import { MESSAGE_COLUMNS, MESSAGE_JOINS, toMessage, type MessageRow } from "../messages/message-sql.ts";
import type { ClassEvent } from "./class-event.ts";

/** Changes read back per query. */
const CHANGES_BATCH = 500;

/**
 * The event that tells a client who has seen every event up to `after` about a message's current
 * state: a message created since is new to them, an older one was edited (or deleted).
 */
function toCatchUpEvent(message: Message, after: number): ClassEvent {
  const kind = message.isDeleted ? "message.deleted" : message.seq > after ? "message.created" : "message.edited";
  return { classId: message.classId, seq: message.changeSeq, kind, message };
}

export async function classHead(db: Db, classId: string): Promise<number> {
  const heads = await classHeads(db, [classId]);
  return heads.get(classId) ?? 0;
}

export async function classHeads(db: Db, classIds: readonly string[]): Promise<Map<string, number>> {
  if (classIds.length === 0) return new Map();
  const { rows } = await db.pool.query<{ id: string; lastSeq: string }>(`SELECT id, "lastSeq" FROM "ClassGroup" WHERE id = ANY($1::uuid[])`, [classIds]);
  return new Map(rows.map((row) => [row.id, Number(row.lastSeq)]));
}

/**
 * Hands every message whose latest change is in (after, upTo] to `emit`, oldest change first, as
 * the catch-up event for a client who has seen everything up to `after`. Reads CHANGES_BATCH at a
 * time, and stops between batches once `isCancelled` says so.
 */
export async function replayChanges(
  db: Db,
  { classId, after, upTo, emit, isCancelled = () => false }: { classId: string; after: number; upTo: number; emit: (event: ClassEvent) => void; isCancelled?: () => boolean },
): Promise<void> {
  for (let from = after; from < upTo && !isCancelled(); ) {
    const changes = await changesBetween(db, classId, from, upTo);
    for (const message of changes) emit(toCatchUpEvent(message, after));
    if (changes.length < CHANGES_BATCH) break;
    from = changes.at(-1)!.changeSeq;
  }
}

/** The messages whose latest change is in (after, upTo], oldest change first, at most CHANGES_BATCH. */
async function changesBetween(db: Db, classId: string, after: number, upTo: number): Promise<Message[]> {
  const { rows } = await db.pool.query<MessageRow>(
    `SELECT ${MESSAGE_COLUMNS} FROM "Message" m ${MESSAGE_JOINS}
     WHERE m."classId" = $1 AND m."changeSeq" > $2 AND m."changeSeq" <= $3
     ORDER BY m."changeSeq" LIMIT ${CHANGES_BATCH}`,
    [classId, after, upTo],
  );
  return rows.map(toMessage);
}
