// A minimal Server-Sent Events reader for tRPC subscriptions: it splits the stream into events and
// hands each one's text to the caller untouched, so the caller decides how little to parse.
import { request, type Agent, type ClientRequest } from "node:http";

export type SseHandlers = {
  /** An event: `type` from its `event:` line ("message" when absent); `block` is its whole text. */
  onEvent(type: string, block: string, receivedAt: number): void;
  /** The stream ended or failed; not called after `close()`. */
  onEnd(reason: string): void;
};

export type SseConnection = { close(): void };

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
    res.setEncoding("utf8");
    let pending = "";
    res.on("data", (chunk: string) => {
      const receivedAt = now();
      pending += chunk;
      let end: number;
      while ((end = pending.indexOf("\n\n")) !== -1) {
        const block = pending.slice(0, end);
        pending = pending.slice(end + 2);
        if (block.trim() === "") continue;
        handlers.onEvent(eventType(block), block, receivedAt);
      }
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
function eventType(block: string): string {
  let start = 0;
  while (block.charCodeAt(start) === 10) start++;
  if (!block.startsWith("event: ", start)) return "message";
  const end = block.indexOf("\n", start);
  return block.slice(start + 7, end === -1 ? undefined : end);
}
