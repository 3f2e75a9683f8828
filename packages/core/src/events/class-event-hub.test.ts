// The process-wide feeds: shared bus subscriptions, in-order release of reordered events, one
// database read per gap for all subscribers, and exact event kinds for subscribers that resumed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { editMessage } from "../messages/change-message.ts";
import { countQueries } from "../testing/count-queries.ts";
import { newTeacherClass, postMessage } from "../testing/messaging-fixtures.ts";
import { buildTestSchool, connectTestDb, viewerFor } from "../testing/test-db.ts";
import type { Viewer } from "../viewer.ts";
import { isMessageEvent, type ClassEventBus, type MessageEvent } from "./class-event.ts";
import { subscribeClassEvents } from "./class-event-subscription.ts";
import { MemoryEventBus } from "./memory-event-bus.ts";

const db = connectTestDb();
const newClass = () => newTeacherClass(db, school, teacher);
const post = (bus: ClassEventBus, classId: string, body: string) => postMessage({ db, bus, author: teacher, classId, body });
let school: Awaited<ReturnType<typeof buildTestSchool>>;
let teacher: Viewer;

beforeAll(async () => {
  school = await buildTestSchool(db, "hub");
  teacher = await viewerFor(db, school, "teacher1");
});
afterAll(() => db.close());

/** A bus that records subscriptions and holds back published events until told to release them. */
function heldBus() {
  const inner = new MemoryEventBus();
  const held: MessageEvent[] = [];
  let subscriptions = 0;
  const bus: ClassEventBus = {
    async publish(event) {
      if (isMessageEvent(event)) held.push(event);
    },
    async subscribe(ids, listener) {
      subscriptions++;
      return inner.subscribe(ids, listener);
    },
    close: () => inner.close(),
  };
  return {
    bus,
    subscriptions: () => subscriptions,
    /** Delivers the held events whose numbers are listed, in that order; the rest are lost. */
    async release(order: number[]) {
      for (const seq of order) await inner.publish(held.find((event) => event.seq === seq)!);
      held.length = 0;
    },
  };
}


async function until(condition: () => boolean, what: string) {
  const deadline = Date.now() + 5000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe("ClassEventHub", () => {
  it("gives many subscribers of a class one bus subscription, and releases reordered events in order without reading the database", async () => {
    const { bus, subscriptions, release } = heldBus();
    const classId = await newClass();
    const received: MessageEvent[][] = Array.from({ length: 20 }, () => []);
    const subs = await Promise.all(received.map((list) => subscribeClassEvents({ db, bus, classIds: [classId], cursor: null, onEvent: (event) => isMessageEvent(event) && list.push(event) })));
    expect(subscriptions()).toBe(1);

    for (const body of ["a", "b", "c", "d"]) await post(bus, classId, body);
    const counter = countQueries(db.pool, `m."changeSeq" > $2`);
    try {
      await release([2, 1, 4, 3]);
      await until(() => received.every((list) => list.length === 4), "four events at every subscriber");
      expect(counter.count()).toBe(0);
    } finally {
      counter.restore();
      for (const sub of subs) sub.stop();
    }
    for (const list of received) expect(list.map((item) => item.message.body)).toEqual(["a", "b", "c", "d"]);
  });

  it("reads a lost event from the database once for all subscribers", async () => {
    const { bus, release } = heldBus();
    const classId = await newClass();
    const received: MessageEvent[][] = Array.from({ length: 50 }, () => []);
    const subs = await Promise.all(received.map((list) => subscribeClassEvents({ db, bus, classIds: [classId], cursor: null, onEvent: (event) => isMessageEvent(event) && list.push(event) })));
    for (const body of ["one", "two", "three"]) await post(bus, classId, body);
    const counter = countQueries(db.pool, `m."changeSeq" > $2`);
    try {
      await release([1, 3]); // 2 is lost; 3 reveals the gap
      await until(() => received.every((list) => list.length === 3), "three events at every subscriber");
      expect(counter.count()).toBe(1);
    } finally {
      counter.restore();
      for (const sub of subs) sub.stop();
    }
    for (const list of received) {
      expect(list.map((item) => `${item.kind}:${item.message.body}`)).toEqual(["message.created:one", "message.created:two", "message.created:three"]);
    }
  });

  it("tells a subscriber that resumed past the feed's gap that a message it knows was edited, not created", async () => {
    const { bus, release } = heldBus();
    const classId = await newClass();
    const early: MessageEvent[] = [];
    const first = await subscribeClassEvents({ db, bus, classIds: [classId], cursor: null, onEvent: (event) => isMessageEvent(event) && early.push(event) });
    const message = await post(bus, classId, "draft"); // event 1, held back
    // A second subscriber resumes from event 1: it knows the message already.
    const late: MessageEvent[] = [];
    const second = await subscribeClassEvents({ db, bus, classIds: [classId], cursor: new Map([[classId, 1]]), onEvent: (event) => isMessageEvent(event) && late.push(event) });
    await editMessage({ db, events: bus, viewer: teacher, input: { messageId: message.id, body: "final" } }); // event 2, held back
    await post(bus, classId, "next"); // event 3, held back
    await release([3]); // 1 and 2 lost: the feed reads them from the database, kinds relative to event 0
    await until(() => early.length === 2 && late.length === 2, "events at both subscribers");
    first.stop();
    second.stop();
    expect(early.map((item) => `${item.kind}:${item.message.body}`)).toEqual(["message.created:final", "message.created:next"]);
    expect(late.map((item) => `${item.kind}:${item.message.body}`)).toEqual(["message.edited:final", "message.created:next"]);
  });

  it("re-reads what the bus lost while it was disconnected", async () => {
    const inner = new MemoryEventBus();
    let resync: (() => void) | undefined;
    const bus: ClassEventBus = {
      publish: async () => {}, // everything is lost
      subscribe: async (ids, listener, onResync) => {
        resync = onResync;
        return inner.subscribe(ids, listener);
      },
      close: () => inner.close(),
    };
    const classId = await newClass();
    const received: MessageEvent[] = [];
    const sub = await subscribeClassEvents({ db, bus, classIds: [classId], cursor: null, onEvent: (event) => isMessageEvent(event) && received.push(event) });
    await post(bus, classId, "while away");
    resync!();
    await until(() => received.length === 1, "the lost event");
    sub.stop();
    expect(received[0]!.message.body).toBe("while away");
  });
});
