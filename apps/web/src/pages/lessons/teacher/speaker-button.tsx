import { Alert, Button } from "@zang/ui";
import { useI18n } from "../../../i18n/i18n-provider.tsx";
import { lessonFailureText } from "../lesson-failure.ts";
import { useSetSpeaker } from "./use-set-speaker.ts";

/**
 * "Let speak" / "Take the microphone back" for one student. LiveKit applies it at once to a
 * connected student; one who is not in the room gets it with their next join, and the teacher is
 * told so.
 */
export function SpeakerButton({ lessonId, userId, name, canSpeak }: { lessonId: string; userId: string; name: string; canSpeak: boolean }) {
  const { messages } = useI18n();
  const text = messages.lessons.hands;
  const setSpeaker = useSetSpeaker(lessonId);
  const answer = setSpeaker.data;
  return (
    <div className="lesson-speaker">
      <Button
        variant={canSpeak ? "secondary" : "primary"}
        isBusy={setSpeaker.isPending}
        aria-label={canSpeak ? text.revoke(name) : text.allow(name)}
        onClick={() => setSpeaker.mutate({ lessonId, userId, allowed: !canSpeak })}
      >
        {canSpeak ? text.revokeShort : text.allowShort}
      </Button>
      {answer && answer.canSpeak && !answer.isConnected && (
        <p className="lesson-speaker__note" role="status">
          {text.notConnected(name)}
        </p>
      )}
      {setSpeaker.isError && <Alert tone="error" title={lessonFailureText({ messages, error: setSpeaker.error, conflictText: messages.lessons.errors.notLive })} />}
    </div>
  );
}
