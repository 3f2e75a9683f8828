import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useCallback, useRef } from "react";
import type { Message } from "../api-types.ts";
import { useTRPC } from "../trpc.ts";

/**
 * Moves the read marker to the newest message when the reader sees it: on open (the list starts
 * at the bottom) and whenever a newer one scrolls into view in a visible tab. Never asks twice
 * for the same point.
 */
export function useMarkRead({ classId, lastReadSeq }: { classId: string; lastReadSeq: number | undefined }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const markedSeq = useRef<number | null>(null);
  const markRead = useMutation(
    trpc.messages.markRead.mutationOptions({
      // The class list's unread badges are out of date now.
      onSuccess: () => queryClient.invalidateQueries(trpc.classes.list.queryFilter()),
    }),
  );
  const { mutate } = markRead;

  return useCallback(
    (newest: Message | undefined) => {
      if (!newest || document.visibilityState !== "visible") return;
      if (newest.seq <= Math.max(markedSeq.current ?? 0, lastReadSeq ?? 0)) return;
      markedSeq.current = newest.seq;
      mutate({ classId, messageId: newest.id });
    },
    [classId, lastReadSeq, mutate],
  );
}
