// A minimal Server-Sent Events reader for tRPC subscriptions, on a bare TCP socket. A thousand
// subscribers receive 200,000 events a second on the same two cores as the API, so the reader
// must cost little next to the server it measures: it speaks just enough HTTP/1.1 (one GET, a
// status line, headers, a chunked or close-delimited body) and hands each event over as a byte
// range of the received buffer without decoding it, so the caller decides how little to read.
import { connect, type Socket } from "node:net";
import { ChunkedBodyReader } from "./chunked-body.ts";

export type SseHandlers = {
  /** An event: `type` from its `event:` line ("message" when absent); its bytes are `bytes[start, end)`. */
  onEvent(type: string, bytes: Buffer, start: number, end: number, receivedAt: number): void;
  /** The stream ended or failed; not called after `close()`. */
  onEnd(reason: string): void;
};

export type SseConnection = { close(): void };

const NEWLINE = 0x0a;
const EVENT_PREFIX = Buffer.from("event: ");
const HEAD_END = Buffer.from("\r\n\r\n");
/** A response head larger than this is not an event stream. */
const MAX_HEAD_BYTES = 16 * 1024;
/** Every read of this thread's sockets lands here; nothing may keep a view of it past the read. */
const sharedReadBuffer = Buffer.alloc(256 * 1024);
/** A refusal without a length is reported with what arrived by then. */
const REFUSAL_WAIT_MS = 500;

/** Opens `url` (http only) as an event stream. `now()` is read once per network chunk, before any parsing. */
export function openSse({ url, headers, now, handlers }: { url: string; headers: Record<string, string>; now: () => number; handlers: SseHandlers }): SseConnection {
  const target = new URL(url);
  if (target.protocol !== "http:") throw new Error(`only http: URLs are supported, not ${target.protocol}`);
  let closed = false;
  let ended = false;
  const end = (reason: string) => {
    if (closed || ended) return;
    ended = true;
    socket.destroy();
    handlers.onEnd(reason);
  };
  const events = new SseEventSplitter(handlers);
  let head: Buffer | null = Buffer.alloc(0);
  let body: ChunkedBodyReader | null = null;

  // `onread` reads into one buffer shared by the thread's sockets and skips the stream machinery;
  // whatever must outlive the call (a split event) is copied out by the splitter.
  const socket: Socket = connect({
    host: target.hostname,
    port: Number(target.port || 80),
    noDelay: true,
    onread: {
      buffer: sharedReadBuffer,
      callback: (length) => {
        onData(sharedReadBuffer.subarray(0, length));
        return true;
      },
    },
  });
  socket.on("connect", () => {
    const lines = [`GET ${target.pathname}${target.search} HTTP/1.1`, `Host: ${target.host}`, "Accept: text/event-stream", ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`)];
    socket.write(`${lines.join("\r\n")}\r\n\r\n`);
  });
  /** A refused subscription: its body (a tRPC error) is gathered for the report. */
  let refusal: { status: number; body: Buffer; length: number | null; chunks: ChunkedBodyReader | null } | null = null;
  const reportRefusal = () => refusal && end(`HTTP ${refusal.status}: ${refusal.body.toString("utf8", 0, Math.min(refusal.body.length, 200))}`);
  const gatherRefusal = (bytes: Buffer) => {
    const refused = refusal!;
    try {
      refused.body = Buffer.concat([refused.body, ...(refused.chunks ? refused.chunks.read(bytes) : [bytes])]);
    } catch {
      return reportRefusal();
    }
    if (refused.chunks?.finished || (refused.length !== null && refused.body.length >= refused.length)) reportRefusal();
  };

  const onData = (chunk: Buffer) => {
    if (closed || ended) return;
    if (refusal) return gatherRefusal(chunk);
    const receivedAt = now();
    if (head !== null) {
      head = Buffer.concat([head, chunk]);
      const headEnd = head.indexOf(HEAD_END);
      if (headEnd === -1) return void (head.length > MAX_HEAD_BYTES && end("response head too large"));
      const response = parseHead(head.toString("latin1", 0, headEnd));
      const rest = head.subarray(headEnd + HEAD_END.length);
      head = null;
      if (response.status !== 200) {
        refusal = { status: response.status, body: Buffer.alloc(0), length: response.contentLength, chunks: response.chunked ? new ChunkedBodyReader() : null };
        setTimeout(reportRefusal, REFUSAL_WAIT_MS).unref();
        return gatherRefusal(rest);
      }
      body = response.chunked ? new ChunkedBodyReader() : null;
      chunk = rest;
      if (chunk.length === 0) return;
    }
    if (body === null) return events.push(chunk, receivedAt);
    let parts: Buffer[];
    try {
      parts = body.read(chunk);
    } catch (error) {
      return end((error as Error).message);
    }
    if (parts.length === 1) events.push(parts[0]!, receivedAt);
    else if (parts.length > 1) events.push(Buffer.concat(parts), receivedAt);
    if (body.finished) end("stream ended");
  };
  socket.on("end", () => (refusal ? reportRefusal() : end("stream ended")));
  socket.on("error", (error) => end(error.message));
  return {
    close() {
      closed = true;
      socket.destroy();
    },
  };
}

/** Splits an event stream's body into events (blocks ending in a blank line). */
class SseEventSplitter {
  private pending: Buffer | null = null;

  constructor(private readonly handlers: SseHandlers) {}

  push(chunk: Buffer, receivedAt: number): void {
    const bytes: Buffer = this.pending ? Buffer.concat([this.pending, chunk]) : chunk;
    let start = 0;
    let end: number;
    while ((end = bytes.indexOf("\n\n", start)) !== -1) {
      while (start < end && bytes[start] === NEWLINE) start++;
      if (start < end) this.handlers.onEvent(eventType(bytes, start, end), bytes, start, end, receivedAt);
      start = end + 2;
    }
    // A copy: `chunk` is a view of the shared read buffer, which the next read overwrites.
    this.pending = start < bytes.length ? Buffer.from(bytes.subarray(start)) : null;
  }
}

function parseHead(text: string): { status: number; chunked: boolean; contentLength: number | null } {
  const [statusLine = "", ...headerLines] = text.split("\r\n");
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? Number.NaN);
  const chunked = headerLines.some((line) => /^transfer-encoding:.*\bchunked\b/i.test(line));
  const length = headerLines.map((line) => /^content-length:\s*(\d+)/i.exec(line)?.[1]).find((value) => value !== undefined);
  return { status, chunked, contentLength: length === undefined ? null : Number(length) };
}


/** tRPC writes the `event:` line first, so only the start of the block is looked at. */
function eventType(bytes: Buffer, start: number, end: number): string {
  if (end - start < EVENT_PREFIX.length || bytes.compare(EVENT_PREFIX, 0, EVENT_PREFIX.length, start, start + EVENT_PREFIX.length) !== 0) return "message";
  const lineEnd = bytes.indexOf(NEWLINE, start);
  return bytes.toString("latin1", start + EVENT_PREFIX.length, lineEnd === -1 || lineEnd > end ? end : lineEnd);
}
