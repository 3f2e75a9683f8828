import { useMutation } from "@tanstack/react-query";
import { Alert, Button } from "@zang/ui";
import { useEffect, useState } from "react";
import { useI18n } from "../../../i18n/i18n-provider.tsx";
import { useTRPC } from "../../../trpc.ts";
import { lessonFailureText } from "../lesson-failure.ts";

/**
 * Raise or lower the hand. It goes through the API (students may not send LiveKit data), so it
 * works even when the video connection does not. A grant lowers the hand on the server; `canSpeak`
 * (from LiveKit, live) lowers it here too.
 */
export function HandButton({ lessonId, canSpeak }: { lessonId: string; canSpeak: boolean }) {
  const { messages } = useI18n();
  const text = messages.lessons.controls;
  const trpc = useTRPC();
  const [isRaised, setIsRaised] = useState(false);
  const raiseHand = useMutation(trpc.lessons.raiseHand.mutationOptions({ onSuccess: ({ raised }) => setIsRaised(raised) }));
  useEffect(() => {
    if (canSpeak) setIsRaised(false);
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
