import { useQuery } from "@tanstack/react-query";
import { Badge, Card } from "@zang/ui";
import { LoadError } from "../../../components/load-error.tsx";
import { formatTime } from "../../../format/format-date.ts";
import { useI18n } from "../../../i18n/i18n-provider.tsx";
import { useTRPC } from "../../../trpc.ts";
import { SpeakerButton } from "./speaker-button.tsx";

/** Students raise hands through the API, not LiveKit, so the list is polled; a few seconds is fine for a queue. */
const HANDS_REFRESH_MS = 3_000;

/** Raised hands in the order they went up, then the students who may speak. */
export function HandsPanel({ lessonId, timeZone }: { lessonId: string; timeZone: string }) {
  const { locale, messages } = useI18n();
  const text = messages.lessons.hands;
  const trpc = useTRPC();
  const hands = useQuery(trpc.lessons.hands.queryOptions({ lessonId }, { staleTime: 0, refetchInterval: HANDS_REFRESH_MS }));
  return (
    <Card title={text.title} className="lesson-hands">
      {hands.isError ? (
        <LoadError title={text.loadFailed} error={hands.error} onRetry={() => void hands.refetch()} />
      ) : hands.data?.length === 0 ? (
        <p className="lesson-panel__empty">{text.empty}</p>
      ) : (
        // Polite: a hand going up is worth hearing about, but not worth interrupting the teacher.
        <ul className="lesson-hands__list" aria-live="polite" aria-relevant="additions">
          {hands.data?.map((hand) => (
            <li key={hand.userId} className="lesson-hands__item" aria-label={hand.displayName}>
              <div className="lesson-hands__who">
                <bdi className="lesson-hands__name">{hand.displayName}</bdi>
                {hand.canSpeak ? (
                  <Badge tone="success">{text.maySpeak}</Badge>
                ) : hand.raisedAt ? (
                  <span className="lesson-hands__time">{text.raisedAt(formatTime(hand.raisedAt, { locale, timeZone }))}</span>
                ) : null}
              </div>
              <SpeakerButton lessonId={lessonId} userId={hand.userId} name={hand.displayName} canSpeak={hand.canSpeak} />
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
