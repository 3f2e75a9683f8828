import type { Db } from "@zang/db";
import type { Message } from "../messages/message.ts";
import { MESSAGE_COLUMNS, MESSAGE_JOINS, toMessage, type MessageRow } from "../messages/message-sql.ts";
import type { ClassEvent, ClassEventBus } from "./class-event.ts";
import { encodeCursor, type EventCursor } from "./event-cursor.ts";

/** Changes read back from the database per query while catching up. */
const CATCH_UP_BATCH = 500;
/** A consumer this far behind is resynchronised from the database instead of buffering more. */
const MAX_QUEUED_EVENTS = 10_000;

export type StreamedEvent = { id: string; event: ClassEvent };

/**
 * Every change to the given classes' conversations, each exactly once and in per-class order:
 * first what happened after `cursor` (read from the database), then live events from the bus.
 * The bus may lose or reorder events; the per-class event numbers reveal gaps, which are re-read
 * from the database. Ends when `signal` aborts.
 */
export async function* streamClassEvents({
  db,
  bus,
  classIds,
  cursor,
  signal,
}: {
  db: Db;
  bus: ClassEventBus;
  classIds: readonly string[];
  cursor: EventCursor | null;
  signal: AbortSignal;
}): AsyncGenerator<StreamedEvent> {
  const delivered: EventCursor = new Map();
  let queue: ClassEvent[] = [];
  /** Set when buffered or lost events must be re-read from the database. */
  let needsCatchUp = false;
  let wake: (() => void) | null = null;
  const onAbort = () => wake?.();
  signal.addEventListener("abort", onAbort);

  // Subscribe before reading the database: whatever commits after the read arrives on the bus.
  const unsubscribe = await bus.subscribe(
    classIds,
    (event) => {
      if (queue.length >= MAX_QUEUED_EVENTS) {
        queue = [];
        needsCatchUp = true;
      } else queue.push(event);
      wake?.();
    },
    () => {
      needsCatchUp = true;
      wake?.();
    },
  );

  const deliver = (event: ClassEvent): StreamedEvent => {
    delivered.set(event.classId, event.seq);
    return { id: encodeCursor(delivered), event };
  };

  /** Re-reads each class's changes after `after` up to its current event number. */
  async function* catchUp(after: Map<string, number>): AsyncGenerator<StreamedEvent> {
    const heads = await classHeads(db, [...after.keys()]);
    for (const [classId, head] of heads) {
      const since = Math.min(after.get(classId) ?? head, head);
      let from = since;
      while (from < head) {
        const changes = await changesBetween(db, classId, from, head);
        for (const message of changes) yield deliver(toEvent(message, since));
        if (changes.length < CATCH_UP_BATCH) break;
        from = changes.at(-1)!.changeSeq;
      }
      delivered.set(classId, head);
    }
  }

  try {
    const start = new Map(classIds.map((classId) => [classId, cursor?.get(classId) ?? Number.MAX_SAFE_INTEGER]));
    yield* catchUp(start);

    while (!signal.aborted) {
      if (needsCatchUp) {
        needsCatchUp = false;
        yield* catchUp(new Map(delivered));
        continue;
      }
      const event = queue.shift();
      if (!event) {
        await new Promise<void>((resolve) => (wake = resolve));
        wake = null;
        continue;
      }
      const last = delivered.get(event.classId);
      if (last === undefined || event.seq <= last) continue;
      if (event.seq === last + 1) yield deliver(event);
      else yield* catchUp(new Map([[event.classId, last]]));
    }
  } finally {
    signal.removeEventListener("abort", onAbort);
    unsubscribe();
  }
}

/** The kind of change a re-read message represents for a client that has seen events up to `after`. */
function toEvent(message: Message, after: number): ClassEvent {
  const kind = message.isDeleted ? "message.deleted" : message.seq > after ? "message.created" : "message.edited";
  return { classId: message.classId, seq: message.changeSeq, kind, message };
}

async function classHeads(db: Db, classIds: string[]): Promise<Map<string, number>> {
  if (classIds.length === 0) return new Map();
  const { rows } = await db.pool.query<{ id: string; lastSeq: string }>(`SELECT id, "lastSeq" FROM "ClassGroup" WHERE id = ANY($1::uuid[])`, [classIds]);
  return new Map(rows.map((row) => [row.id, Number(row.lastSeq)]));
}

async function changesBetween(db: Db, classId: string, after: number, upTo: number): Promise<Message[]> {
  const { rows } = await db.pool.query<MessageRow>(
    `SELECT ${MESSAGE_COLUMNS} FROM "Message" m ${MESSAGE_JOINS}
     WHERE m."classId" = $1 AND m."changeSeq" > $2 AND m."changeSeq" <= $3
     ORDER BY m."changeSeq" LIMIT ${CATCH_UP_BATCH}`,
    [classId, after, upTo],
  );
  return rows.map(toMessage);
}
