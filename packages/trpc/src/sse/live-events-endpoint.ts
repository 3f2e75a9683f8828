// `messages.onEvent` over HTTP, written straight to the socket. It is the procedure's hot path:
// a class of a thousand students turns every message into a thousand deliveries, and tRPC's
// general SSE pipeline (a generator, a ping race and web streams per subscriber, the payload
// serialised per subscriber, one write per SSE field) costs ~0.2 ms of CPU per delivery. Here
// each event is serialised once for all subscribers and each connection gets one write per flush.
// The wire format is tRPC's own, so `httpSubscriptionLink` clients cannot tell the difference.
// Only the success path is served here: any refusal or malformed request goes to tRPC's handler,
// which answers it exactly as it answers every other procedure.
import type { IncomingMessage, ServerResponse } from "node:http";
import { authenticate, decodeCursor, encodeCursor, isMessageEvent, subscribableClassIds, subscribeClassEvents, type ClassEvent, type ClassEventSubscription } from "@zang/core";
import { ZMessageEventsInput, type TMessageEventsInput } from "@zang/validators";
import superjson from "superjson";
import type { Services } from "../context.ts";
import { bearerToken } from "../http-context.ts";
import { SSE_OPTIONS } from "../trpc.ts";
import { SseConnection, SseFlusher } from "./sse-connection.ts";

export const LIVE_EVENTS_PATH = "/trpc/messages.onEvent";

/** Longest a delivered event waits for others to share its write. */
const DEFAULT_FLUSH_INTERVAL_MS = 25;

export type LiveEventsEndpoint = {
  /** Serves the request and resolves true, or resolves false without touching `res` (tRPC's handler should answer). */
  handle(req: IncomingMessage, res: ServerResponse): Promise<boolean>;
  close(): void;
};

export function createLiveEventsEndpoint({ services, flushIntervalMs = DEFAULT_FLUSH_INTERVAL_MS }: { services: Services; flushIntervalMs?: number }): LiveEventsEndpoint {
  const flusher = new SseFlusher(flushIntervalMs, { intervalMs: SSE_OPTIONS.ping.intervalMs, frame: "event: ping\ndata: \n\n" });
  const connectedFrame = `event: connected\ndata: ${JSON.stringify(SSE_OPTIONS.client)}\n\n`;
  /** Each event's data line, serialised once for every subscriber it reaches. */
  const dataLines = new WeakMap<ClassEvent, string>();
  const dataLineOf = (event: ClassEvent) => {
    let line = dataLines.get(event);
    if (line === undefined) dataLines.set(event, (line = `data: ${JSON.stringify(superjson.serialize(event))}\n`));
    return line;
  };
  /** Whole frames of subscribers to one class: their cursor after a message event is the same, so is the frame. */
  const singleClassFrames = new WeakMap<ClassEvent, string>();
  const frameOf = (event: ClassEvent, cursor: ReadonlyMap<string, number>) => {
    // A doorbell leaves each subscriber's cursor where it was, which may differ between them.
    if (cursor.size !== 1 || !isMessageEvent(event)) return `${dataLineOf(event)}id: ${encodeCursor(cursor)}\n\n`;
    let frame = singleClassFrames.get(event);
    if (frame === undefined) singleClassFrames.set(event, (frame = `${dataLineOf(event)}id: ${encodeCursor(cursor)}\n\n`));
    return frame;
  };

  return {
    async handle(req, res) {
      const request = await acceptedRequest(services, req);
      if (!request) return false;
      const connection = new SseConnection(res, flusher);
      let subscription: ClassEventSubscription;
      try {
        subscription = await subscribeClassEvents({
          db: services.db,
          bus: services.events,
          classIds: request.classIds,
          cursor: request.cursor,
          onEvent: (event, cursor) => connection.enqueue(frameOf(event, cursor)),
        });
      } catch {
        return false;
      }
      if (req.destroyed) {
        subscription.stop();
        return true;
      }
      flusher.add(connection);
      res.once("close", () => {
        connection.closed = true;
        subscription.stop();
        flusher.remove(connection);
      });
      connection.start(connectedFrame);
      return true;
    },
    close: () => flusher.close(),
  };
}

/** The subscription's classes and cursor when the request is one this endpoint serves, else null. */
async function acceptedRequest(services: Services, req: IncomingMessage) {
  if (req.method !== "GET") return null;
  const url = new URL(req.url ?? "/", "http://localhost");
  if (url.pathname !== LIVE_EVENTS_PATH || url.searchParams.has("batch")) return null;
  try {
    const input = parseInput(req, url);
    if (!input) return null;
    const token = bearerToken(req, parseConnectionParams(url));
    const viewer = token ? await authenticate({ db: services.db, token }) : null;
    if (!viewer) return null;
    const cursor = input.lastEventId ? decodeCursor(input.lastEventId) : null;
    const classIds = await subscribableClassIds({ db: services.db, viewer, classId: input.classId });
    return { classIds, cursor };
  } catch {
    return null;
  }
}

/** The procedure input as tRPC would build it: the `input` parameter, with the reconnecting client's last event id. */
function parseInput(req: IncomingMessage, url: URL): TMessageEventsInput | null {
  const raw = url.searchParams.get("input");
  const input: unknown = raw === null ? {} : superjson.deserialize(JSON.parse(raw));
  const lastEventId = req.headers["last-event-id"] ?? url.searchParams.get("lastEventId") ?? url.searchParams.get("Last-Event-Id");
  const withLastEventId = lastEventId && typeof input === "object" && input !== null ? { ...input, lastEventId } : input;
  const parsed = ZMessageEventsInput.safeParse(withLastEventId ?? {});
  return parsed.success ? parsed.data : null;
}

function parseConnectionParams(url: URL): Record<string, string | undefined> | null {
  const raw = url.searchParams.get("connectionParams");
  return raw === null ? null : (JSON.parse(raw) as Record<string, string | undefined>);
}
