// The conversation as this client knows it, kept consistent however answers and live events
// interleave. Every message is held once, by id, in its newest version (the highest changeSeq:
// an edit, delete or pin arriving twice or out of order never rolls a message back). The timeline
// is the loaded stretch of history, always ending at the newest message; pinned posts are derived
// from every message seen, so a pin older than the loaded history still shows.
import type { Message } from "../api-types.ts";

export type SendFailure = "forbidden" | "invalid" | "network" | "unexpected";

/** A message this client is sending: shown at once, replaced by the real one when it lands. */
/** A file going out with a pending message: enough to show it until the stored message replaces it. */
export type PendingFile = { id: string; name: string; size: number };

export type PendingMessage = {
  /** Chosen once per composed message and reused on retry, so the server stores it only once. */
  clientId: string;
  body: string;
  replyTo: Message | null;
  /** Uploaded already; sent by id with the message, and sent again on retry. */
  files: readonly PendingFile[];
  status: "sending" | "failed";
  failure: SendFailure | null;
};

export type ConversationState = {
  viewerId: string;
  byId: ReadonlyMap<string, Message>;
  /** Ids of the loaded history, oldest first (by seq); one unbroken stretch up to the newest. */
  timeline: readonly string[];
  /** Older messages exist before the first one in the timeline. */
  hasOlder: boolean;
  /** The newest page has arrived at least once. */
  isLoaded: boolean;
  pending: readonly PendingMessage[];
};

export type ConversationAction =
  /** A page from messages.list without `before`: newest first, as the API returns it. */
  | { type: "latestLoaded"; messages: readonly Message[]; hasMore: boolean }
  /** A page from messages.list with `before` the oldest loaded seq. */
  | { type: "olderLoaded"; messages: readonly Message[]; hasMore: boolean }
  /** Pinned posts from classes.get. */
  | { type: "pinnedLoaded"; messages: readonly Message[] }
  /** A live event, or the answer of an edit, delete or pin. `isNew`: the message was just created. */
  | { type: "received"; message: Message; isNew: boolean }
  | { type: "sendStarted"; pending: Omit<PendingMessage, "status" | "failure"> }
  | { type: "sendRetried"; clientId: string }
  | { type: "sendFailed"; clientId: string; failure: SendFailure }
  | { type: "sendSucceeded"; message: Message }
  | { type: "sendDiscarded"; clientId: string };

export function createConversationState(viewerId: string): ConversationState {
  return { viewerId, byId: new Map(), timeline: [], hasOlder: false, isLoaded: false, pending: [] };
}

export function conversationReducer(state: ConversationState, action: ConversationAction): ConversationState {
  switch (action.type) {
    case "latestLoaded":
      return loadLatest(state, action.messages, action.hasMore);
    case "olderLoaded": {
      const next = upsertAll(state, action.messages);
      return { ...next, timeline: sortBySeq(next.byId, [...state.timeline, ...action.messages.map((message) => message.id)]), hasOlder: action.hasMore };
    }
    case "pinnedLoaded":
      return upsertAll(state, action.messages);
    case "received":
      return receive(state, action.message, action.isNew);
    case "sendStarted":
      return { ...state, pending: [...state.pending, { ...action.pending, status: "sending", failure: null }] };
    case "sendRetried":
      return updatePending(state, action.clientId, { status: "sending", failure: null });
    case "sendFailed":
      return updatePending(state, action.clientId, { status: "failed", failure: action.failure });
    case "sendSucceeded":
      return receive(state, action.message, true);
    case "sendDiscarded":
      return { ...state, pending: state.pending.filter((pending) => pending.clientId !== action.clientId) };
  }
}

export function timelineMessages(state: ConversationState): Message[] {
  return state.timeline.map((id) => state.byId.get(id)).filter((message) => message !== undefined);
}

/** Pinned posts, the most recently pinned first. */
export function pinnedMessages(state: ConversationState): Message[] {
  return [...state.byId.values()]
    .filter((message) => message.pinnedAt !== null && !message.isDeleted)
    .sort((a, b) => b.pinnedAt!.getTime() - a.pinnedAt!.getTime());
}

export function oldestLoadedSeq(state: ConversationState): number | null {
  const first = state.timeline[0];
  return first === undefined ? null : state.byId.get(first)!.seq;
}

function loadLatest(state: ConversationState, page: readonly Message[], hasMore: boolean): ConversationState {
  const next = upsertAll(state, page);
  const pageIds = page.map((message) => message.id);
  const pageOldest = page.at(-1);
  const newestSeq = newestLoadedSeq(state);
  // A refetch that does not reach back to what is loaded (more than a page arrived while the
  // connection was down) would leave a hole: start again from this page instead.
  const leavesGap = hasMore && pageOldest !== undefined && newestSeq !== null && pageOldest.seq > newestSeq;
  if (!state.isLoaded || leavesGap) {
    // Messages created live before the first page arrived are newer than it: keep them.
    const liveNewer = leavesGap ? [] : state.timeline;
    return { ...next, timeline: sortBySeq(next.byId, [...pageIds, ...liveNewer]), hasOlder: hasMore, isLoaded: true };
  }
  return { ...next, timeline: sortBySeq(next.byId, [...state.timeline, ...pageIds]) };
}

function receive(state: ConversationState, message: Message, isNew: boolean): ConversationState {
  const next = upsertAll(state, [message]);
  // The event can come before the answer to our own send, or instead of it (a lost answer).
  const pending = message.authorId === state.viewerId ? next.pending.filter((item) => item.clientId !== message.clientId) : next.pending;
  const isInTimeline = state.timeline.includes(message.id);
  const oldestSeq = oldestLoadedSeq(state);
  // Created messages are the newest there are; an edit belongs in the timeline only if its
  // message lies within the loaded stretch (older ones are fetched, current, when scrolled to).
  const belongsInTimeline = isNew || (state.isLoaded && (!state.hasOlder || (oldestSeq !== null && message.seq >= oldestSeq)));
  const timeline = !isInTimeline && belongsInTimeline ? sortBySeq(next.byId, [...state.timeline, message.id]) : state.timeline;
  return { ...next, timeline, pending };
}

/** Keeps the newest version of each message; an equal or older changeSeq is a repeat and ignored. */
function upsertAll(state: ConversationState, messages: readonly Message[]): ConversationState {
  let byId: Map<string, Message> | null = null;
  for (const message of messages) {
    const known = (byId ?? state.byId).get(message.id);
    if (known && known.changeSeq >= message.changeSeq) continue;
    byId ??= new Map(state.byId);
    byId.set(message.id, message);
  }
  return byId ? { ...state, byId } : state;
}

function sortBySeq(byId: ReadonlyMap<string, Message>, ids: readonly string[]): string[] {
  return [...new Set(ids)].sort((a, b) => byId.get(a)!.seq - byId.get(b)!.seq);
}

function newestLoadedSeq(state: ConversationState): number | null {
  const last = state.timeline.at(-1);
  return last === undefined ? null : state.byId.get(last)!.seq;
}

function updatePending(state: ConversationState, clientId: string, change: Pick<PendingMessage, "status" | "failure">): ConversationState {
  return { ...state, pending: state.pending.map((pending) => (pending.clientId === clientId ? { ...pending, ...change } : pending)) };
}
