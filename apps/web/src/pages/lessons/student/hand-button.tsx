import { useMutation, useQuery } from "@tanstack/react-query";
import { Alert, Button } from "@zang/ui";
import { useEffect, useState } from "react";
import { useI18n } from "../../../i18n/i18n-provider.tsx";
import { useTRPC } from "../../../trpc.ts";
import { lessonFailureText } from "../lesson-failure.ts";

/**
 * Raise or lower the hand. It goes through the API (students may not send LiveKit data), so it
 * works even when the video connection does not. The hand starts as the server has it (a page
 * opened again keeps a raised hand up); a grant lowers it on the server, and `canSpeak` (from
 * LiveKit, live) lowers it here too.
 */
export function HandButton({ lessonId, canSpeak }: { lessonId: string; canSpeak: boolean }) {
  const { messages } = useI18n();
  const text = messages.lessons.controls;
  const trpc = useTRPC();
  const stored = useQuery(trpc.lessons.myHand.queryOptions({ lessonId }));
  /** What this page has done since it opened; until then, the server's answer. */
  const [changed, setChanged] = useState<boolean | null>(null);
  const isRaised = changed ?? stored.data?.raised ?? false;
  const raiseHand = useMutation(trpc.lessons.raiseHand.mutationOptions({ onSuccess: ({ raised }) => setChanged(raised) }));
  useEffect(() => {
    if (canSpeak) setChanged(false);
  }, [canSpeak]);
  return (
    <div className="lesson-hand">
      <Button variant={isRaised ? "primary" : "secondary"} isBusy={raiseHand.isPending} onClick={() => raiseHand.mutate({ lessonId, raised: !isRaised })}>
        {isRaised ? text.lowerHand : text.raiseHand}
      </Button>
      <p className="lesson-hand__status" role="status">
        {canSpeak ? text.maySpeak : isRaised ? text.handRaised : ""}
      </p>
      {raiseHand.isError && <Alert tone="error" title={lessonFailureText({ messages, error: raiseHand.error, conflictText: messages.lessons.errors.notLive })} />}
    </div>
  );
}
