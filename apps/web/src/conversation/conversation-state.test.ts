import { describe, expect, it } from "vitest";
import type { Message } from "../api-types.ts";
import {
  conversationReducer,
  createConversationState,
  pinnedMessages,
  timelineMessages,
  type ConversationAction,
  type ConversationState,
} from "./conversation-state.ts";

const VIEWER = "viewer-1";
const OTHER = "teacher-1";

function message(seq: number, overrides: Partial<Message> = {}): Message {
  return {
    id: `m${seq}`,
    classId: "class-1",
    seq,
    changeSeq: seq,
    authorId: OTHER,
    authorName: "آقای احمدی",
    authorRole: "teacher",
    body: `message ${seq}`,
    clientId: `client-${seq}`,
    replyTo: null,
    attachments: [],
    createdAt: new Date(Date.UTC(2026, 2, 21, 8, seq)),
    editedAt: null,
    deletedAt: null,
    pinnedAt: null,
    isDeleted: false,
    ...overrides,
  };
}

/** A page as messages.list returns it: newest first. */
function page(...seqs: number[]): Message[] {
  return seqs.map((seq) => message(seq)).reverse();
}

function run(...actions: ConversationAction[]): ConversationState {
  return actions.reduce(conversationReducer, createConversationState(VIEWER));
}

const bodies = (state: ConversationState) => timelineMessages(state).map((item) => item.body);
const seqs = (state: ConversationState) => timelineMessages(state).map((item) => item.seq);

describe("conversationReducer", () => {
  it("shows the newest page oldest first and appends live messages in order", () => {
    const state = run(
      { type: "latestLoaded", messages: page(1, 2, 3), hasMore: false },
      { type: "received", message: message(5), isNew: true },
      { type: "received", message: message(4), isNew: true },
    );
    expect(seqs(state)).toEqual([1, 2, 3, 4, 5]);
  });

  it("keeps one copy of a message that arrives both live and in a page", () => {
    const state = run(
      { type: "received", message: message(4), isNew: true },
      { type: "latestLoaded", messages: page(2, 3, 4), hasMore: true },
      { type: "received", message: message(4), isNew: true },
    );
    expect(seqs(state)).toEqual([2, 3, 4]);
    expect(state.hasOlder).toBe(true);
  });

  it("applies edits and deletions, and ignores an event that is not newer than what it has", () => {
    const edited = message(2, { changeSeq: 5, body: "edited", editedAt: new Date() });
    const deleted = message(2, { changeSeq: 6, body: "", isDeleted: true, deletedAt: new Date() });
    const state = run(
      { type: "latestLoaded", messages: page(1, 2, 3), hasMore: false },
      { type: "received", message: deleted, isNew: false },
      // The edit arrives late (a refetched page raced the live event): it must not undo the delete.
      { type: "received", message: edited, isNew: false },
      { type: "latestLoaded", messages: page(1, 2, 3), hasMore: false },
    );
    expect(timelineMessages(state)[1]).toMatchObject({ isDeleted: true, body: "", changeSeq: 6 });
  });

  it("does not put an edit of a message older than the loaded history into the timeline", () => {
    const state = run({ type: "latestLoaded", messages: page(10, 11), hasMore: true }, { type: "received", message: message(3, { changeSeq: 12 }), isNew: false });
    expect(seqs(state)).toEqual([10, 11]);
  });

  it("prepends older pages and remembers whether there is more", () => {
    const state = run({ type: "latestLoaded", messages: page(3, 4), hasMore: true }, { type: "olderLoaded", messages: page(1, 2), hasMore: false });
    expect(seqs(state)).toEqual([1, 2, 3, 4]);
    expect(state.hasOlder).toBe(false);
  });

  it("starts again from a refetched page that does not reach what was loaded, rather than leave a hole", () => {
    const state = run({ type: "latestLoaded", messages: page(1, 2), hasMore: false }, { type: "latestLoaded", messages: page(60, 61), hasMore: true });
    expect(seqs(state)).toEqual([60, 61]);
    expect(state.hasOlder).toBe(true);
  });

  it("replaces a pending message by the stored one, whether the answer or the live event comes first", () => {
    const mine = message(7, { authorId: VIEWER, clientId: "c-1", body: "سلام" });
    const started: ConversationAction = { type: "sendStarted", pending: { clientId: "c-1", body: "سلام", replyTo: null, files: [] } };
    const loaded: ConversationAction = { type: "latestLoaded", messages: page(6), hasMore: false };
    for (const arrival of [
      [{ type: "received", message: mine, isNew: true }, { type: "sendSucceeded", message: mine }],
      [{ type: "sendSucceeded", message: mine }, { type: "received", message: mine, isNew: true }],
    ] satisfies ConversationAction[][]) {
      const sending = run(loaded, started);
      expect(sending.pending).toEqual([{ clientId: "c-1", body: "سلام", replyTo: null, files: [], status: "sending", failure: null }]);
      const state = arrival.reduce(conversationReducer, sending);
      expect(state.pending).toEqual([]);
      expect(bodies(state)).toEqual(["message 6", "سلام"]);
    }
  });

  it("keeps a failed send with its clientId for a retry, and forgets it when discarded", () => {
    let state = run({ type: "sendStarted", pending: { clientId: "c-2", body: "hello", replyTo: null, files: [] } }, { type: "sendFailed", clientId: "c-2", failure: "network" });
    expect(state.pending[0]).toMatchObject({ clientId: "c-2", status: "failed", failure: "network" });
    state = conversationReducer(state, { type: "sendRetried", clientId: "c-2" });
    expect(state.pending[0]).toMatchObject({ clientId: "c-2", status: "sending", failure: null });
    state = conversationReducer(state, { type: "sendDiscarded", clientId: "c-2" });
    expect(state.pending).toEqual([]);
  });

  it("does not take another author's message with the same clientId for ours", () => {
    const state = run(
      { type: "latestLoaded", messages: [], hasMore: false },
      { type: "sendStarted", pending: { clientId: "c-3", body: "mine", replyTo: null, files: [] } },
      { type: "received", message: message(1, { clientId: "c-3" }), isNew: true },
    );
    expect(state.pending).toHaveLength(1);
  });
});

describe("pinnedMessages", () => {
  it("lists pins newest first, including pins older than the loaded history, and drops unpinned and deleted ones", () => {
    const pinnedOld = message(1, { pinnedAt: new Date("2026-03-01T08:00:00Z") });
    const pinnedNew = message(20, { changeSeq: 22, pinnedAt: new Date("2026-03-02T08:00:00Z") });
    let state = run(
      { type: "pinnedLoaded", messages: [pinnedNew, pinnedOld] },
      { type: "latestLoaded", messages: page(19, 20, 21), hasMore: true },
    );
    expect(pinnedMessages(state).map((item) => item.seq)).toEqual([20, 1]);
    expect(seqs(state)).toEqual([19, 20, 21]);

    state = conversationReducer(state, { type: "received", message: message(20, { changeSeq: 23 }), isNew: false });
    state = conversationReducer(state, { type: "received", message: message(1, { changeSeq: 24, isDeleted: true, body: "" }), isNew: false });
    // A stale classes.get answer must not bring the pins back.
    state = conversationReducer(state, { type: "pinnedLoaded", messages: [pinnedNew, pinnedOld] });
    expect(pinnedMessages(state)).toEqual([]);
  });
});
