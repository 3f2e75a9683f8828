import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTRPC } from "../../../trpc.ts";
import type { JoinTicket } from "../lesson-types.ts";

/**
 * Joining is two steps: the API hands out a short-lived token (`lessons.join`), then livekit-client
 * connects with it. Every (re)join asks for a fresh token — they live five minutes — and counts as
 * a new attempt, so the room component starts over instead of retrying a stale connection.
 */
export function useLessonJoin({ lessonId, classId }: { lessonId: string; classId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [ticket, setTicket] = useState<JoinTicket | null>(null);
  const [attempt, setAttempt] = useState(0);
  const join = useMutation(
    trpc.lessons.join.mutationOptions({
      onSuccess: (answer) => {
        setTicket(answer);
        setAttempt((count) => count + 1);
      },
      // Refused because the lesson is not live (any more): re-read it, so the page says why.
      onError: () => queryClient.invalidateQueries(trpc.lessons.list.queryFilter({ classId })),
    }),
  );
  return {
    ticket,
    attempt,
    isJoining: join.isPending,
    joinError: join.error,
    enter: () => join.mutate({ lessonId }),
    leave: () => {
      setTicket(null);
      join.reset();
    },
  };
}

export type LessonJoin = ReturnType<typeof useLessonJoin>;
