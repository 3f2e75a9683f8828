// A minimal Server-Sent Events reader for tRPC subscriptions. It splits the stream into events
// without decoding it: each event is handed over as a byte range of the received buffer, so the
// caller decides how little to read (a thousand subscribers receive 200,000 events a second, and
// the benchmark's own CPU must stay small next to the API's).
import { request, type Agent, type ClientRequest } from "node:http";

export type SseHandlers = {
  /** An event: `type` from its `event:` line ("message" when absent); its bytes are `bytes[start, end)`. */
  onEvent(type: string, bytes: Buffer, start: number, end: number, receivedAt: number): void;
  /** The stream ended or failed; not called after `close()`. */
  onEnd(reason: string): void;
};

export type SseConnection = { close(): void };

const NEWLINE = 0x0a;
const EVENT_PREFIX = Buffer.from("event: ");

/** Opens `url` as an event stream. `now()` is read once per network chunk, before any parsing. */
export function openSse({ url, headers, agent, now, handlers }: { url: string; headers: Record<string, string>; agent: Agent; now: () => number; handlers: SseHandlers }): SseConnection {
  let closed = false;
  const req: ClientRequest = request(url, { agent, headers: { accept: "text/event-stream", ...headers } }, (res) => {
    if (res.statusCode !== 200) {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (text += chunk));
      res.on("end", () => !closed && handlers.onEnd(`HTTP ${res.statusCode}: ${text.slice(0, 200)}`));
      return;
    }
    let pending: Buffer | null = null;
    res.on("data", (chunk: Buffer) => {
      const receivedAt = now();
      const bytes: Buffer = pending ? Buffer.concat([pending, chunk]) : chunk;
      let start = 0;
      let end: number;
      while ((end = bytes.indexOf("\n\n", start)) !== -1) {
        while (start < end && bytes[start] === NEWLINE) start++;
        if (start < end) handlers.onEvent(eventType(bytes, start, end), bytes, start, end, receivedAt);
        start = end + 2;
      }
      pending = start < bytes.length ? bytes.subarray(start) : null;
    });
    res.on("end", () => !closed && handlers.onEnd("stream ended"));
    res.on("error", (error) => !closed && handlers.onEnd(error.message));
  });
  req.on("error", (error) => !closed && handlers.onEnd(error.message));
  req.end();
  return {
    close() {
      closed = true;
      req.destroy();
    },
  };
}

/** tRPC writes the `event:` line first, so only the start of the block is looked at. */
function eventType(bytes: Buffer, start: number, end: number): string {
  if (end - start < EVENT_PREFIX.length || bytes.compare(EVENT_PREFIX, 0, EVENT_PREFIX.length, start, start + EVENT_PREFIX.length) !== 0) return "message";
  const lineEnd = bytes.indexOf(NEWLINE, start);
  return bytes.toString("latin1", start + EVENT_PREFIX.length, lineEnd === -1 || lineEnd > end ? end : lineEnd);
}
