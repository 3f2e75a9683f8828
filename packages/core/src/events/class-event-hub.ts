import type { Db } from "@zang/db";
import type { ClassEvent, ClassEventBus } from "./class-event.ts";
import { ClassFeed, DEFAULT_GAP_WAIT_MS, type FeedListener } from "./class-feed.ts";

type FeedEntry = { feed: ClassFeed; listeners: Set<FeedListener>; started: Promise<void>; unsubscribe: Promise<() => void>; closed: boolean };

/** Hubs by bus: every subscriber of a process shares its bus's feeds. */
const hubs = new WeakMap<ClassEventBus, ClassEventHub>();

/**
 * The process's live class events: one bus subscription and one ordered feed per class that
 * has local subscribers, however many there are. A thousand students watching a class cost one
 * Redis channel, one reorder buffer and, when the bus loses something, one database read.
 */
export class ClassEventHub {
  private readonly feeds = new Map<string, FeedEntry>();

  private constructor(
    private readonly db: Db,
    private readonly bus: ClassEventBus,
    private readonly gapWaitMs: number,
  ) {}

  /** The hub of `bus` (created on first use). */
  static of(db: Db, bus: ClassEventBus, { gapWaitMs = DEFAULT_GAP_WAIT_MS } = {}): ClassEventHub {
    let hub = hubs.get(bus);
    if (!hub) hubs.set(bus, (hub = new ClassEventHub(db, bus, gapWaitMs)));
    return hub;
  }

  /**
   * Starts handing every later event of `classIds` to `listener`, in order per class. Resolves once
   * that holds, with each class's position: the last event number before the ones `listener` gets.
   */
  async listen(classIds: readonly string[], listener: (event: ClassEvent) => void): Promise<{ positions: Map<string, number>; stop(): void }> {
    const joined: FeedEntry[] = [];
    const stop = () => {
      for (const entry of joined) this.leave(entry, listener);
      joined.length = 0;
    };
    try {
      for (const classId of classIds) {
        const entry = this.feeds.get(classId) ?? this.openFeed(classId);
        entry.listeners.add(listener);
        joined.push(entry);
      }
      await Promise.all(joined.map((entry) => entry.started));
    } catch (error) {
      stop();
      throw error;
    }
    return { positions: new Map(joined.map((entry) => [entry.feed.classId, entry.feed.position])), stop };
  }

  private openFeed(classId: string): FeedEntry {
    const listeners = new Set<FeedListener>();
    const feed = new ClassFeed(classId, this.db, listeners, {
      gapWaitMs: this.gapWaitMs,
      onError: (error) => console.warn(`[events] could not read missed events of class ${classId}:`, (error as Error).message),
    });
    const unsubscribe = this.bus.subscribe([classId], (event) => feed.receive(event), () => feed.resync());
    const entry: FeedEntry = { feed, listeners, unsubscribe, started: unsubscribe.then(() => feed.start()), closed: false };
    this.feeds.set(classId, entry);
    // A feed that failed to start is dropped, so the next subscriber tries afresh.
    entry.started.catch(() => this.close(entry));
    return entry;
  }

  private leave(entry: FeedEntry, listener: FeedListener): void {
    entry.listeners.delete(listener);
    if (entry.listeners.size === 0) this.close(entry);
  }

  private close(entry: FeedEntry): void {
    if (entry.closed) return;
    entry.closed = true;
    if (this.feeds.get(entry.feed.classId) === entry) this.feeds.delete(entry.feed.classId);
    entry.feed.close();
    void entry.unsubscribe.then((unsubscribe) => unsubscribe()).catch(() => {});
  }
}
