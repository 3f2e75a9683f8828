import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "../../../trpc.ts";

/** Grants or takes back a student's microphone; the hands list is re-read so both panels agree. */
export function useSetSpeaker(lessonId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.lessons.setSpeaker.mutationOptions({
      onSettled: () => queryClient.invalidateQueries(trpc.lessons.hands.queryFilter({ lessonId })),
    }),
  );
}
