import type { Db } from "@zang/db";
import { isMessageEvent, type ClassEvent, type MessageEvent } from "./class-event.ts";
import { classHead, replayChanges } from "./class-changes.ts";

/** How long an out-of-order event waits for the ones before it before they are read from the database. */
export const DEFAULT_GAP_WAIT_MS = 60;
/** Early events kept while waiting; beyond this the gap is read from the database at once. */
const MAX_EARLY_EVENTS = 2_000;
/** After a failed database read, try again this much later (events keep buffering meanwhile). */
const RETRY_AFTER_MS = 1_000;

export type FeedListener = (event: ClassEvent) => void;

/**
 * One class's events for every subscriber in this process: each event once, in event-number
 * order, with nothing missing. The bus may lose or reorder events (publishes from several API
 * processes race); an event that arrives early waits briefly for the ones before it, and a gap
 * that persists is read from the database once for all subscribers, not once per subscriber.
 */
export class ClassFeed {
  /** The last event number handed to listeners. */
  private head = 0;
  private ready = false;
  private readonly early = new Map<number, MessageEvent>();
  private gapTimer: NodeJS.Timeout | null = null;
  private reading: Promise<void> | null = null;
  /** Set when the bus may have lost events whose numbers no later event would reveal. */
  private resyncWanted = false;
  private closed = false;

  constructor(
    readonly classId: string,
    private readonly db: Db,
    private readonly listeners: ReadonlySet<FeedListener>,
    private readonly options: { gapWaitMs: number; onError: (error: unknown) => void },
  ) {}

  /** The last event number handed to listeners; every later event reaches them. */
  get position(): number {
    return this.head;
  }

  /** Call once the bus subscription is live: reads where the class stands, then releases early arrivals. */
  async start(): Promise<void> {
    this.head = await classHead(this.db, this.classId);
    this.ready = true;
    for (const seq of this.early.keys()) if (seq <= this.head) this.early.delete(seq);
    this.release();
  }

  receive(event: ClassEvent): void {
    if (this.closed) return;
    // A doorbell has no place in the order: it rings at once.
    if (!isMessageEvent(event)) return this.emit(event);
    if (event.seq <= this.head) return;
    this.early.set(event.seq, event);
    if (this.ready && !this.reading) this.release();
  }

  /** The bus reconnected: whatever was published meanwhile is read from the database. */
  resync(): void {
    this.resyncWanted = true;
    if (this.ready) void this.readGap();
  }

  close(): void {
    this.closed = true;
    this.clearGapTimer();
    this.early.clear();
  }

  /** Hands over the contiguous run after `head`; a gap left behind starts the wait for it. */
  private release(): void {
    for (let next = this.early.get(this.head + 1); next; next = this.early.get(this.head + 1)) {
      this.early.delete(next.seq);
      this.head = next.seq;
      this.emit(next);
    }
    if (this.early.size === 0) return this.clearGapTimer();
    if (this.early.size >= MAX_EARLY_EVENTS) return void this.readGap();
    this.gapTimer ??= setTimeout(() => {
      this.gapTimer = null;
      void this.readGap();
    }, this.options.gapWaitMs);
  }

  /** Reads the missing events (up to the newest early one, or the class's head on resync) from the database. */
  private readGap(): Promise<void> {
    this.reading ??= this.readGapOnce().finally(() => {
      this.reading = null;
      if (this.closed) return;
      if (this.resyncWanted) void this.readGap();
      else this.release();
    });
    return this.reading;
  }

  private async readGapOnce(): Promise<void> {
    this.clearGapTimer();
    const resync = this.resyncWanted;
    this.resyncWanted = false;
    try {
      const newestEarly = Math.max(0, ...this.early.keys());
      const target = resync ? Math.max(newestEarly, await classHead(this.db, this.classId)) : newestEarly;
      await replayChanges(this.db, { classId: this.classId, after: this.head, upTo: target, emit: (event) => this.emit(event), isCancelled: () => this.closed });
      // The database has the latest state of every message changed in (since, target]: the
      // early events in that range are older versions of what was just handed over.
      this.head = Math.max(this.head, target);
      for (const seq of this.early.keys()) if (seq <= this.head) this.early.delete(seq);
    } catch (error) {
      this.resyncWanted ||= resync;
      this.options.onError(error);
      await new Promise((resolve) => setTimeout(resolve, RETRY_AFTER_MS));
    }
  }

  private emit(event: ClassEvent): void {
    for (const listener of this.listeners) listener(event);
  }

  private clearGapTimer(): void {
    if (this.gapTimer) clearTimeout(this.gapTimer);
    this.gapTimer = null;
  }
}
