import type { ServerResponse } from "node:http";

/** A client this far behind (bytes the socket has not taken) is cut off; it reconnects and catches up from the database. */
const MAX_UNSENT_BYTES = 4 * 1024 * 1024;

/** Connections written to between two turns of the event loop. */
const FLUSH_SLICE = 50;

/** Response headers of a tRPC event stream (as @trpc/server sends them). */
export const SSE_HEADERS = {
  "Content-Type": "text/event-stream",
  "Cache-Control": "no-cache, no-transform",
  "X-Accel-Buffering": "no",
  Connection: "keep-alive",
} as const;

/**
 * One open event stream. Frames are queued and written by the `SseFlusher` in one write per
 * flush, so a burst of events costs a connection one system call, not one per event.
 */
export class SseConnection {
  /** Complete SSE frames (ending in a blank line) waiting for the next flush; often the very string objects other connections hold. */
  queued: string[] = [];
  /** Frames wait until the response has started (a subscription may deliver while it is being set up). */
  private started = false;
  lastWriteAt = Date.now();
  closed = false;

  constructor(
    private readonly res: ServerResponse,
    private readonly flusher: SseFlusher,
  ) {}

  enqueue(frame: string): void {
    if (this.closed) return;
    if (this.queued.length === 0) this.flusher.markDirty(this);
    this.queued.push(frame);
  }

  /** Sends the status, headers and `firstFrame`, then whatever was queued meanwhile. */
  start(firstFrame: string): void {
    this.started = true;
    this.res.writeHead(200, SSE_HEADERS);
    this.res.write(firstFrame);
    this.flush(Date.now(), new FrameEncoder());
  }

  flush(now: number, encoder: FrameEncoder): void {
    if (!this.started || this.closed || this.queued.length === 0) return;
    if (this.res.writableLength > MAX_UNSENT_BYTES) return this.close();
    this.res.write(encoder.encode(this.queued));
    this.queued = [];
    this.lastWriteAt = now;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.queued = [];
    this.res.destroy();
  }
}

/**
 * Turns queued frames into bytes once per distinct run of frames in a flush: subscribers of one
 * class hold the same frame objects in the same order, so a thousand of them share one buffer.
 */
class FrameEncoder {
  private readonly byFirstFrame = new Map<string, Array<{ frames: string[]; bytes: Buffer }>>();

  encode(frames: string[]): Buffer {
    let candidates = this.byFirstFrame.get(frames[0]!);
    if (!candidates) this.byFirstFrame.set(frames[0]!, (candidates = []));
    const match = candidates.find((candidate) => sameFrames(candidate.frames, frames));
    if (match) return match.bytes;
    const bytes = Buffer.from(frames.join(""), "utf8");
    candidates.push({ frames, bytes });
    return bytes;
  }
}

function sameFrames(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return false;
  return true;
}

/**
 * Writes queued frames of every dirty connection at most once per `intervalMs`: at 200 events a
 * second to a thousand subscribers that is 40 writes per connection per second instead of 200,
 * for at most `intervalMs` of added latency. A quiet class (the usual case) pays nothing: an
 * event after a pause goes out on the next turn of the event loop, and only events close behind
 * it wait for the interval. Also sends the keep-alive pings of idle connections.
 */
export class SseFlusher {
  private readonly dirty = new Set<SseConnection>();
  private readonly open = new Set<SseConnection>();
  private timer: NodeJS.Timeout | null = null;
  private lastFlushAt = 0;
  private readonly pingTimer: NodeJS.Timeout;

  constructor(
    private readonly intervalMs: number,
    private readonly ping: { intervalMs: number; frame: string },
  ) {
    this.pingTimer = setInterval(() => this.pingIdle(), Math.max(1000, ping.intervalMs / 3));
    this.pingTimer.unref();
  }

  add(connection: SseConnection): void {
    this.open.add(connection);
  }

  remove(connection: SseConnection): void {
    this.open.delete(connection);
    this.dirty.delete(connection);
  }

  markDirty(connection: SseConnection): void {
    this.dirty.add(connection);
    // Every subscriber of an event is marked in the same turn, so even "at once" shares one flush.
    this.timer ??= setTimeout(() => this.flushAll(), Math.max(0, this.lastFlushAt + this.intervalMs - Date.now()));
  }

  close(): void {
    clearInterval(this.pingTimer);
    if (this.timer) clearTimeout(this.timer);
    for (const connection of this.open) connection.close();
    this.open.clear();
    this.dirty.clear();
  }

  private flushAll(): void {
    this.timer = null;
    this.lastFlushAt = Date.now();
    const round = [...this.dirty];
    this.dirty.clear();
    this.flushSlice(round, 0, new FrameEncoder());
  }

  /**
   * Writes to a slice of the round's connections, then lets the event loop breathe before the
   * next: each write is a system call, and a thousand in one go would hold up every request
   * (a send waits for its queries' answers) for tens of milliseconds.
   */
  private flushSlice(round: SseConnection[], from: number, encoder: FrameEncoder): void {
    const now = Date.now();
    const end = Math.min(round.length, from + FLUSH_SLICE);
    for (let index = from; index < end; index++) round[index]!.flush(now, encoder);
    if (end < round.length) setImmediate(() => this.flushSlice(round, end, encoder));
  }

  private pingIdle(): void {
    const idleSince = Date.now() - this.ping.intervalMs;
    for (const connection of this.open) if (connection.lastWriteAt <= idleSince) connection.enqueue(this.ping.frame);
  }
}
