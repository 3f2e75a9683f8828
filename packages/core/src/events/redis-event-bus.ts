import { randomBytes } from "node:crypto";
import type { Redis } from "ioredis";
import superjson from "superjson";
import type { ClassEvent, ClassEventBus } from "./class-event.ts";
import { MemoryEventBus } from "./memory-event-bus.ts";

const CHANNEL_PREFIX = "zang:class-events:";

/**
 * Fans class events out to every API process through Redis pub/sub. Each process holds one
 * subscriber connection and subscribes to a class's channel only while a local client listens to
 * that class; local delivery is the in-memory bus. An event published here reaches local listeners
 * at once, without the round trip through Redis (a step of latency on every message); its echo is
 * recognised by this bus's origin tag and skipped.
 */
export class RedisEventBus implements ClassEventBus {
  private readonly local = new MemoryEventBus();
  private readonly subscriber: Redis;
  private readonly channelUsers = new Map<string, number>();
  /** The SUBSCRIBE of each channel, so a second listener also waits until the channel is live. */
  private readonly channelReady = new Map<string, Promise<unknown>>();

  private readonly resyncListeners = new Set<() => void>();
  /** Prefixes every payload this bus publishes: `<origin> <superjson>`. */
  private readonly origin = Buffer.from(`${randomBytes(8).toString("hex")} `);

  constructor(private readonly publisher: Redis) {
    this.subscriber = publisher.duplicate();
    // ioredis resubscribes after a reconnect, but whatever was published meanwhile is gone:
    // tell every stream to re-read from the database.
    let connectedBefore = false;
    this.subscriber.on("ready", () => {
      if (connectedBefore) for (const resync of this.resyncListeners) resync();
      connectedBefore = true;
    });
    this.subscriber.on("messageBuffer", (channel: Buffer, payload: Buffer) => {
      if (payload.subarray(0, this.origin.length).equals(this.origin)) return; // delivered locally when published
      let event: ClassEvent;
      try {
        event = superjson.parse<ClassEvent>(payload.toString("utf8", payload.indexOf(0x20) + 1));
      } catch {
        return; // not ours; subscribers recover anything real from the database
      }
      if (channel.toString("utf8") === CHANNEL_PREFIX + event.classId) {
        this.local.publish(event).catch((error: unknown) => console.warn(`[events] a listener failed on class ${event.classId} (${event.kind}):`, (error as Error).message));
      }
    });
  }

  async publish(event: ClassEvent): Promise<void> {
    // Both, whatever becomes of the other; a failure of either reaches the caller.
    await Promise.all([
      this.local.publish(event),
      this.publisher.publish(CHANNEL_PREFIX + event.classId, Buffer.concat([this.origin, Buffer.from(superjson.stringify(event))])),
    ]);
  }

  async subscribe(classIds: readonly string[], listener: (event: ClassEvent) => void, onResync?: () => void): Promise<() => void> {
    const unsubscribeLocal = await this.local.subscribe(classIds, listener);
    if (onResync) this.resyncListeners.add(onResync);
    const newChannels: string[] = [];
    for (const classId of classIds) {
      const users = this.channelUsers.get(classId) ?? 0;
      this.channelUsers.set(classId, users + 1);
      if (users === 0) newChannels.push(CHANNEL_PREFIX + classId);
    }
    if (newChannels.length > 0) {
      const ready = this.subscriber.subscribe(...newChannels);
      for (const channel of newChannels) this.channelReady.set(channel, ready);
    }
    await Promise.all(classIds.map((classId) => this.channelReady.get(CHANNEL_PREFIX + classId)));
    return () => {
      unsubscribeLocal();
      if (onResync) this.resyncListeners.delete(onResync);
      const idleChannels: string[] = [];
      for (const classId of classIds) {
        const users = (this.channelUsers.get(classId) ?? 1) - 1;
        if (users > 0) this.channelUsers.set(classId, users);
        else {
          this.channelUsers.delete(classId);
          this.channelReady.delete(CHANNEL_PREFIX + classId);
          idleChannels.push(CHANNEL_PREFIX + classId);
        }
      }
      if (idleChannels.length > 0) void this.subscriber.unsubscribe(...idleChannels).catch(() => {});
    };
  }

  async close(): Promise<void> {
    await this.local.close();
    await this.subscriber.quit();
  }
}
