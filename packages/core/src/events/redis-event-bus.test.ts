import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { isMessageEvent, type MessageEvent } from "./class-event.ts";
import { RedisEventBus } from "./redis-event-bus.ts";

const redisUrl = process.env.REDIS_URL;
if (!redisUrl) console.warn("[skipped] RedisEventBus tests: REDIS_URL is not set");

function event(classId: string, seq: number): MessageEvent {
  const now = new Date();
  return {
    classId,
    seq,
    kind: "message.created",
    message: {
      id: randomUUID(), classId, seq, changeSeq: seq, authorId: randomUUID(), authorName: "معلم", authorRole: "teacher", body: `پیام ${seq}`,
      clientId: "c", replyTo: null, createdAt: now, editedAt: null, deletedAt: null, pinnedAt: null, isDeleted: false,
      attachments: [{ id: randomUUID(), originalName: "درس ۱.pdf", size: 1234, contentType: "application/pdf" }],
    },
  };
}

describe.skipIf(!redisUrl)("RedisEventBus (real Redis)", () => {
  const connections: Redis[] = [];
  const bus = () => {
    const redis = new Redis(redisUrl ?? "");
    connections.push(redis);
    return new RedisEventBus(redis);
  };
  const buses: RedisEventBus[] = [];
  afterAll(async () => {
    await Promise.all(buses.map((b) => b.close()));
    await Promise.all(connections.map((c) => c.quit()));
  });

  it("carries events from one process's bus to another's, in order, with dates intact", async () => {
    const [publisher, subscriber] = [bus(), bus()];
    buses.push(publisher, subscriber);
    const classId = randomUUID();
    const received: MessageEvent[] = [];
    const unsubscribe = await subscriber.subscribe([classId], (e) => isMessageEvent(e) && received.push(e));
    for (let seq = 1; seq <= 50; seq++) await publisher.publish(event(classId, seq));
    await expect.poll(() => received.length, { timeout: 5000 }).toBe(50);
    expect(received.map((e) => e.seq)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(received[0]!.message.createdAt).toBeInstanceOf(Date);
    expect(received[0]!.message.body).toBe("پیام 1");
    unsubscribe();
  });

  it("delivers a class's events only to listeners of that class, and stops after unsubscribe", async () => {
    const [publisher, subscriber] = [bus(), bus()];
    buses.push(publisher, subscriber);
    const [a, b] = [randomUUID(), randomUUID()];
    const gotA: number[] = [];
    const gotB: number[] = [];
    const offA = await subscriber.subscribe([a], (e) => isMessageEvent(e) && gotA.push(e.seq));
    const offB = await subscriber.subscribe([b], (e) => isMessageEvent(e) && gotB.push(e.seq));
    await publisher.publish(event(a, 1));
    await publisher.publish(event(b, 7));
    await expect.poll(() => gotA.length + gotB.length, { timeout: 5000 }).toBe(2);
    offA();
    await publisher.publish(event(a, 2));
    await publisher.publish(event(b, 8));
    await expect.poll(() => gotB.length, { timeout: 5000 }).toBe(2);
    expect(gotA).toEqual([1]);
    expect(gotB).toEqual([7, 8]);
    offB();
  });

  it("hands its own events to local listeners at once, and once: the echo from Redis is skipped", async () => {
    const [sender, other] = [bus(), bus()];
    buses.push(sender, other);
    const classId = randomUUID();
    const local: number[] = [];
    const remote: number[] = [];
    const offLocal = await sender.subscribe([classId], (e) => isMessageEvent(e) && local.push(e.seq));
    const offRemote = await other.subscribe([classId], (e) => isMessageEvent(e) && remote.push(e.seq));
    const publishing = sender.publish(event(classId, 1));
    expect(local).toEqual([1]); // before Redis has even answered
    await publishing;
    await sender.publish(event(classId, 2));
    await expect.poll(() => remote.length, { timeout: 5000 }).toBe(2);
    // By now the echoes of both have come back from Redis too (one connection, in order).
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(local).toEqual([1, 2]);
    expect(remote).toEqual([1, 2]);
    offLocal();
    offRemote();
  });
});
