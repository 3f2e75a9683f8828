// One class's conversation: the newest page, older pages on demand, live events, and sends with
// their pending state. All merging happens in conversationReducer (see conversation-state.ts).
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useSubscription } from "@trpc/tanstack-react-query";
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from "react";
import { MAX_PAGE_SIZE } from "@zang/validators";
import type { Message } from "../api-types.ts";
import { newClientId } from "../lib/client-id.ts";
import { useTRPC, useTRPCClient } from "../trpc.ts";
import { conversationReducer, createConversationState, oldestLoadedSeq, pinnedMessages, timelineMessages, type PendingFile, type PendingMessage } from "./conversation-state.ts";
import { sendFailureOf } from "./send-failure.ts";

const PAGE_SIZE = 50;
/** How far back "show in the conversation" loads history to reach a message. */
const REVEAL_LIMIT = 1000;

export function useClassMessages({ classId, viewerId, pinned }: { classId: string; viewerId: string; pinned: readonly Message[] | undefined }) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const [state, dispatch] = useReducer(conversationReducer, viewerId, createConversationState);

  const latest = useQuery(trpc.messages.list.queryOptions({ classId, limit: PAGE_SIZE }, { staleTime: 0 }));
  useEffect(() => {
    if (latest.data) dispatch({ type: "latestLoaded", messages: latest.data.messages, hasMore: latest.data.hasMore });
  }, [latest.data, latest.dataUpdatedAt]);

  useEffect(() => {
    if (pinned) dispatch({ type: "pinnedLoaded", messages: pinned });
  }, [pinned]);

  const [hasBeenLive, setHasBeenLive] = useState(false);
  const live = useSubscription(
    trpc.messages.onEvent.subscriptionOptions(
      { classId },
      {
        // Whatever was posted between the first page and the stream going live is in a fresh page.
        // Reconnects resume from the last event id by themselves; refetching then is merely harmless.
        // A reconnect also re-reads the class: a settings change rung while away is not replayed.
        onStarted: () => {
          // (tRPC calls the latest callbacks, so `hasBeenLive` is current here.)
          if (hasBeenLive) void queryClient.invalidateQueries(trpc.classes.get.queryFilter({ classId }));
          setHasBeenLive(true);
          void latest.refetch();
        },
        onData: ({ data }) => {
          // Announcement mode or a mute changed: the class says what this member may do now.
          if (data.kind === "class.updated") return void queryClient.invalidateQueries(trpc.classes.get.queryFilter({ classId }));
          dispatch({ type: "received", message: data.message, isNew: data.kind === "message.created" });
        },
      },
    ),
  );

  const [isLoadingOlder, setIsLoadingOlder] = useState(false);
  const [olderError, setOlderError] = useState<unknown>(null);
  const oldestSeq = oldestLoadedSeq(state);
  const loadOlder = useCallback(async () => {
    if (isLoadingOlder || oldestSeq === null) return;
    setIsLoadingOlder(true);
    setOlderError(null);
    try {
      const page = await client.messages.list.query({ classId, before: oldestSeq, limit: PAGE_SIZE });
      dispatch({ type: "olderLoaded", messages: page.messages, hasMore: page.hasMore });
    } catch (error) {
      setOlderError(error);
    } finally {
      setIsLoadingOlder(false);
    }
  }, [client, classId, oldestSeq, isLoadingOlder]);

  // Where loadBackTo starts: the history as loaded when it is called, not when it was created.
  const historyRef = useRef({ oldestSeq, hasOlder: state.hasOlder });
  historyRef.current = { oldestSeq, hasOlder: state.hasOlder };
  /**
   * Loads older pages until the message numbered `seq` is in the timeline, going back at most
   * REVEAL_LIMIT messages; true once it is there.
   */
  const loadBackTo = useCallback(
    async (seq: number): Promise<boolean> => {
      let { oldestSeq: oldest, hasOlder } = historyRef.current;
      for (let loaded = 0; oldest !== null && oldest > seq && hasOlder && loaded < REVEAL_LIMIT; ) {
        const page = await client.messages.list.query({ classId, before: oldest, limit: MAX_PAGE_SIZE });
        dispatch({ type: "olderLoaded", messages: page.messages, hasMore: page.hasMore });
        loaded += page.messages.length;
        oldest = page.messages.at(-1)?.seq ?? oldest;
        hasOlder = page.hasMore && page.messages.length > 0;
      }
      return oldest !== null && oldest <= seq;
    },
    [client, classId],
  );

  const attemptSend = useCallback(
    async ({ clientId, body, replyTo, files }: Pick<PendingMessage, "clientId" | "body" | "replyTo" | "files">) => {
      try {
        const message = await client.messages.send.mutate({ classId, body, clientId, replyToId: replyTo?.id ?? null, fileIds: files.map((file) => file.id) });
        dispatch({ type: "sendSucceeded", message });
      } catch (error) {
        const failure = sendFailureOf(error);
        dispatch({ type: "sendFailed", clientId, failure });
        // Refused because the class went into announcement mode or we were muted: show why.
        if (failure === "forbidden") void queryClient.invalidateQueries(trpc.classes.get.queryFilter({ classId }));
      }
    },
    [client, queryClient, trpc, classId],
  );

  const send = useCallback(
    ({ body, replyTo, files }: { body: string; replyTo: Message | null; files: readonly PendingFile[] }) => {
      const pending = { clientId: newClientId(), body, replyTo, files };
      dispatch({ type: "sendStarted", pending });
      void attemptSend(pending);
    },
    [attemptSend],
  );

  // The latest pending list, so retry can stay a stable callback.
  const pendingRef = useRef(state.pending);
  pendingRef.current = state.pending;
  const retry = useCallback(
    (clientId: string) => {
      const pending = pendingRef.current.find((item) => item.clientId === clientId);
      if (!pending || pending.status !== "failed") return;
      dispatch({ type: "sendRetried", clientId });
      void attemptSend(pending);
    },
    [attemptSend],
  );
  const discard = useCallback((clientId: string) => dispatch({ type: "sendDiscarded", clientId }), []);
  /** Applies the answer of an edit, delete or pin at once, without waiting for its live event. */
  const applyChange = useCallback((message: Message) => dispatch({ type: "received", message, isNew: false }), []);

  const messages = useMemo(() => timelineMessages(state), [state]);
  const pinnedPosts = useMemo(() => pinnedMessages(state), [state]);
  return {
    messages,
    pinned: pinnedPosts,
    pending: state.pending,
    isLoaded: state.isLoaded,
    hasOlder: state.hasOlder,
    loadError: state.isLoaded ? null : latest.error,
    reload: () => void latest.refetch(),
    loadOlder,
    loadBackTo,
    isLoadingOlder,
    olderError,
    /** The event stream is connected; false while (re)connecting. */
    isLive: live.status === "pending",
    /** The stream dropped after working: new messages wait until it is back. */
    isReconnecting: hasBeenLive && live.status !== "pending",
    send,
    retry,
    discard,
    applyChange,
  };
}
