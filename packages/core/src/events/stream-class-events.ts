import type { Db } from "@zang/db";
import type { ClassEventBus } from "./class-event.ts";
import { subscribeClassEvents, type StreamedEvent } from "./class-event-subscription.ts";
import { decodeCursor, encodeCursor, type EventCursor } from "./event-cursor.ts";

export type { StreamedEvent } from "./class-event-subscription.ts";

/** A consumer this far behind stops buffering and later re-reads what it missed from the database. */
const MAX_QUEUED_EVENTS = 10_000;

/**
 * `subscribeClassEvents` as an async iterable, for tRPC's subscription resolver and for tests:
 * what happened after `cursor`, then live events, each once and in per-class order. Ends when
 * `signal` aborts.
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
  const queue: StreamedEvent[] = [];
  let overflowed = false;
  let wake: (() => void) | null = null;
  const onAbort = () => wake?.();
  signal.addEventListener("abort", onAbort);
  const subscribe = (from: EventCursor | null) =>
    subscribeClassEvents({
      db,
      bus,
      classIds,
      cursor: from,
      onEvent(event, position) {
        if (queue.length >= MAX_QUEUED_EVENTS) overflowed = true;
        else queue.push({ id: encodeCursor(position), event });
        wake?.();
      },
    });
  let subscription = await subscribe(cursor);
  let lastId: string | null = null;
  try {
    while (!signal.aborted) {
      const next = queue.shift();
      if (next) {
        yield next;
        lastId = next.id;
        continue;
      }
      if (overflowed) {
        // Everything queued has been yielded: start again from the last of it.
        subscription.stop();
        overflowed = false;
        subscription = await subscribe(lastId ? decodeCursor(lastId) : cursor);
        continue;
      }
      await new Promise<void>((resolve) => (wake = resolve));
      wake = null;
    }
  } finally {
    signal.removeEventListener("abort", onAbort);
    subscription.stop();
  }
}
