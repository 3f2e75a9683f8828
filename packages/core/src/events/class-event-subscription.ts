import type { Db } from "@zang/db";
import { isMessageEvent, type ClassEvent, type ClassEventBus } from "./class-event.ts";
import { ClassEventHub } from "./class-event-hub.ts";
import { classHeads, replayChanges } from "./class-changes.ts";
import type { EventCursor } from "./event-cursor.ts";

/** An event as one subscriber receives it: `id` is that subscriber's cursor right after it. */
export type StreamedEvent = { id: string; event: ClassEvent };

/**
 * Receives each event with the subscriber's cursor right after it. The cursor is live (it moves on
 * with the next event): encode it at once if needed. With one class, it is the same for every
 * subscriber that received this event, which lets a caller share the encoding.
 */
export type ClassEventListener = (event: ClassEvent, cursor: ReadonlyMap<string, number>) => void;

export type ClassEventSubscription = { stop(): void };

/**
 * One client's view of its classes' events: first what happened after `cursor` (read from the
 * database), then every live event from the process's shared feeds, each exactly once and in
 * per-class order. Without a cursor for a class, delivery starts from where its feed stands.
 * `onEvent` is called synchronously for each event; the subscription stays open until `stop()`.
 */
export async function subscribeClassEvents({
  db,
  bus,
  classIds,
  cursor,
  onEvent,
}: {
  db: Db;
  bus: ClassEventBus;
  classIds: readonly string[];
  cursor: EventCursor | null;
  onEvent: ClassEventListener;
}): Promise<ClassEventSubscription> {
  const delivered: EventCursor = new Map();
  let early: ClassEvent[] | null = [];

  /** Per class, the newest message the client knew of when live delivery began. */
  const knownUpTo = new Map<string, number>();

  const deliver = (event: ClassEvent) => {
    const last = delivered.get(event.classId);
    if (last === undefined) return;
    // A doorbell leaves the cursor where it is.
    if (!isMessageEvent(event)) return onEvent(event, delivered);
    if (event.seq <= last) return;
    delivered.set(event.classId, event.seq);
    onEvent(event, delivered);
  };
  const deliverFromFeed = (event: ClassEvent) => {
    // A feed that read a gap from the database names kinds relative to its own position, which
    // may be older than this subscriber's start: a message the client already knew was edited.
    const known = event.kind === "message.created" && event.message.seq <= (knownUpTo.get(event.classId) ?? 0);
    deliver(known ? { ...event, kind: "message.edited" } : event);
  };

  // Listen before reading the database: whatever commits after the read arrives from the feed.
  const { positions, stop } = await ClassEventHub.of(db, bus).listen(classIds, (event) => (early ? early.push(event) : deliverFromFeed(event)));
  try {
    const resuming = classIds.filter((classId) => cursor?.has(classId));
    const heads = await classHeads(db, resuming);
    for (const classId of classIds) {
      const head = heads.get(classId);
      if (head === undefined) {
        delivered.set(classId, positions.get(classId) ?? 0);
        continue;
      }
      const since = Math.min(cursor!.get(classId)!, head);
      delivered.set(classId, since);
      await replayChanges(db, { classId, after: since, upTo: head, emit: deliver });
      delivered.set(classId, Math.max(delivered.get(classId)!, head));
    }
  } catch (error) {
    stop();
    throw error;
  }
  for (const [classId, position] of delivered) knownUpTo.set(classId, position);
  const waiting = early;
  early = null;
  for (const event of waiting) deliverFromFeed(event);
  return { stop };
}
