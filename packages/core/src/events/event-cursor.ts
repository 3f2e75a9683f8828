import { AppError } from "../errors.ts";

/**
 * The id of an event as the client sees it: for every subscribed class, the last class event
 * number delivered. A reconnecting client sends it back and receives exactly what came after.
 */
export type EventCursor = Map<string, number>;

const VERSION = "1";

/** Class ids without dashes, as cursors spell them (a live stream encodes a cursor per event). */
const compactIds = new Map<string, string>();
const MAX_COMPACT_IDS = 100_000;

function compactId(classId: string): string {
  let compact = compactIds.get(classId);
  if (compact === undefined) {
    if (compactIds.size >= MAX_COMPACT_IDS) compactIds.clear();
    compactIds.set(classId, (compact = classId.replaceAll("-", "")));
  }
  return compact;
}

export function encodeCursor(cursor: ReadonlyMap<string, number>): string {
  let text = VERSION;
  for (const [classId, seq] of cursor) text += `.${compactId(classId)}:${seq.toString(36)}`;
  return text;
}

export function decodeCursor(text: string): EventCursor {
  const invalid = () => new AppError({ code: "INVALID_INPUT", message: "lastEventId is not an event id this server issued." });
  const [version, ...parts] = text.split(".");
  if (version !== VERSION) throw invalid();
  const cursor: EventCursor = new Map();
  for (const part of parts) {
    const match = /^([0-9a-f]{32}):([0-9a-z]{1,11})$/.exec(part);
    if (!match) throw invalid();
    const hex = match[1]!;
    const classId = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
    cursor.set(classId, parseInt(match[2]!, 36));
  }
  return cursor;
}
