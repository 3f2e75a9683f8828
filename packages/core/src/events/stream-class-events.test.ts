import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deleteMessage, editMessage } from "../messages/change-message.ts";
import { newTeacherClass, postMessage } from "../testing/messaging-fixtures.ts";
import { buildTestSchool, connectTestDb, viewerFor } from "../testing/test-db.ts";
import type { Viewer } from "../viewer.ts";
import { isMessageEvent, type ClassEventBus, type MessageEvent } from "./class-event.ts";
import { decodeCursor } from "./event-cursor.ts";
import { MemoryEventBus } from "./memory-event-bus.ts";
import { streamClassEvents, type StreamedEvent } from "./stream-class-events.ts";

const db = connectTestDb();
const newClass = () => newTeacherClass(db, school, teacher);
const post = (bus: ClassEventBus, classId: string, body: string) => postMessage({ db, bus, author: teacher, classId, body });
let school: Awaited<ReturnType<typeof buildTestSchool>>;
let teacher: Viewer;

beforeAll(async () => {
  school = await buildTestSchool(db, "stream");
  teacher = await viewerFor(db, school, "teacher1");
});
afterAll(() => db.close());

/** Reads events from a stream in the background until `count` arrived (or the stream ends). */
function collect(stream: AsyncGenerator<StreamedEvent>) {
  const received: StreamedEvent[] = [];
  const waiters: Array<{ count: number; resolve: () => void }> = [];
  void (async () => {
    for await (const item of stream) {
      received.push(item);
      for (const waiter of waiters) if (received.length >= waiter.count) waiter.resolve();
    }
  })();
  return {
    received,
    until: (count: number) =>
      new Promise<void>((resolve, reject) => {
        if (received.length >= count) return resolve();
        waiters.push({ count, resolve });
        setTimeout(() => reject(new Error(`only ${received.length} of ${count} events arrived`)), 10_000);
      }),
  };
}

const bodies = (events: StreamedEvent[]) => events.map((e) => `${e.event.kind}:${isMessageEvent(e.event) ? e.event.message.body : ""}`);

describe("streamClassEvents", () => {
  it("delivers new, edited and deleted messages live, in order, each once", async () => {
    const bus = new MemoryEventBus();
    const classId = await newClass();
    const abort = new AbortController();
    const stream = collect(streamClassEvents({ db, bus, classIds: [classId], cursor: null, signal: abort.signal }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    const first = await post(bus, classId, "one");
    await post(bus, classId, "two");
    await editMessage({ db, events: bus, viewer: teacher, input: { messageId: first.id, body: "one (edited)" } });
    await deleteMessage({ db, events: bus, viewer: teacher, input: { messageId: first.id } });
    await stream.until(4);
    abort.abort();
    expect(bodies(stream.received)).toEqual(["message.created:one", "message.created:two", "message.edited:one (edited)", "message.deleted:"]);
    expect(decodeCursor(stream.received.at(-1)!.id).get(classId)).toBe(4);
  });

  it("resumes from a cursor with exactly what was missed", async () => {
    const bus = new MemoryEventBus();
    const classId = await newClass();
    const first = await post(bus, classId, "seen");
    const abort = new AbortController();
    const live = collect(streamClassEvents({ db, bus, classIds: [classId], cursor: new Map([[classId, 0]]), signal: abort.signal }));
    await live.until(1);
    abort.abort();
    const cursor = decodeCursor(live.received[0]!.id);

    // While disconnected: two new messages, an edit of a seen one, a new one that is then deleted.
    await post(bus, classId, "missed 1");
    await post(bus, classId, "missed 2");
    await editMessage({ db, events: bus, viewer: teacher, input: { messageId: first.id, body: "seen (edited)" } });
    const doomed = await post(bus, classId, "gone");
    await deleteMessage({ db, events: bus, viewer: teacher, input: { messageId: doomed.id } });

    const resumeAbort = new AbortController();
    const resumed = collect(streamClassEvents({ db, bus, classIds: [classId], cursor, signal: resumeAbort.signal }));
    await resumed.until(4);
    await post(bus, classId, "after resume");
    await resumed.until(5);
    await new Promise((resolve) => setTimeout(resolve, 100));
    resumeAbort.abort();
    expect(bodies(resumed.received)).toEqual([
      "message.created:missed 1",
      "message.created:missed 2",
      "message.edited:seen (edited)",
      "message.deleted:",
      "message.created:after resume",
    ]);
  });

  it("recovers events the bus lost or reordered from the database", async () => {
    const inner = new MemoryEventBus();
    let dropped = 0;
    const held: MessageEvent[] = [];
    // A bus that drops every third event and delivers pairs in reverse order.
    const lossy: ClassEventBus = {
      subscribe: (ids, listener) => inner.subscribe(ids, listener),
      close: () => inner.close(),
      async publish(event) {
        if (!isMessageEvent(event)) return inner.publish(event);
        if (event.seq % 3 === 0) return void dropped++;
        held.push(event);
        if (held.length === 2) for (const e of held.splice(0).reverse()) await inner.publish(e);
      },
    };
    const classId = await newClass();
    const abort = new AbortController();
    const stream = collect(streamClassEvents({ db, bus: lossy, classIds: [classId], cursor: null, signal: abort.signal }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    for (let i = 1; i <= 12; i++) await post(lossy, classId, `m${i}`);
    await stream.until(11);
    await new Promise((resolve) => setTimeout(resolve, 100));
    abort.abort();
    expect(dropped).toBeGreaterThan(0);
    // m12 was dropped and no later event revealed the gap: it waits for the next event or a reconnect.
    expect(bodies(stream.received)).toEqual(Array.from({ length: 11 }, (_, i) => `message.created:m${i + 1}`));
  });

  it("only delivers events of the subscribed classes", async () => {
    const bus = new MemoryEventBus();
    const [mine, other] = await Promise.all([newClass(), newClass()]);
    const abort = new AbortController();
    const stream = collect(streamClassEvents({ db, bus, classIds: [mine], cursor: null, signal: abort.signal }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    await post(bus, other, "not for you");
    await post(bus, mine, "for you");
    await stream.until(1);
    await new Promise((resolve) => setTimeout(resolve, 100));
    abort.abort();
    expect(bodies(stream.received)).toEqual(["message.created:for you"]);
  });
});
