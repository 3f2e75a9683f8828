import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, Button } from "@zang/ui";
import { useState } from "react";
import { formatDateTime } from "../../../format/format-date.ts";
import { useI18n } from "../../../i18n/i18n-provider.tsx";
import { useTRPC } from "../../../trpc.ts";
import { lessonFailureText } from "../lesson-failure.ts";
import type { Lesson } from "../lesson-types.ts";
import type { LessonJoin } from "../room/use-lesson-join.ts";

/** The teacher runs the lesson: start it, enter or leave the room, and end it for everyone (asked first). */
export function LessonControls({ lesson, join, timeZone }: { lesson: Lesson; join: LessonJoin; timeZone: string }) {
  const { locale, messages } = useI18n();
  const text = messages.lessons;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [isConfirmingEnd, setIsConfirmingEnd] = useState(false);
  const refresh = () => queryClient.invalidateQueries(trpc.lessons.list.queryFilter({ classId: lesson.classId }));
  const start = useMutation(trpc.lessons.start.mutationOptions({ onSettled: refresh }));
  const end = useMutation(
    trpc.lessons.end.mutationOptions({
      onSuccess: () => join.leave(),
      onSettled: async () => {
        setIsConfirmingEnd(false);
        await refresh();
      },
    }),
  );
  const failed = start.error ?? end.error ?? join.joinError;
  const failure = failed && <Alert tone="error" title={lessonFailureText({ messages, error: failed, conflictText: text.errors.notLive })} />;

  switch (lesson.state) {
    case "scheduled":
      return (
        <div className="lesson-controls">
          <p className="lesson-controls__note">{text.notice.teacherUpcoming}</p>
          <Button isBusy={start.isPending} onClick={() => start.mutate({ lessonId: lesson.id })}>
            {text.controls.start}
          </Button>
          {failure}
        </div>
      );
    case "live":
      if (isConfirmingEnd) {
        return (
          <div className="lesson-controls" role="group" aria-label={text.controls.confirmEnd}>
            <p className="lesson-controls__note">{text.controls.confirmEnd}</p>
            <Button variant="danger" isBusy={end.isPending} onClick={() => end.mutate({ lessonId: lesson.id })}>
              {text.controls.confirmEndAction}
            </Button>
            <Button variant="secondary" onClick={() => setIsConfirmingEnd(false)}>
              {text.controls.cancel}
            </Button>
            {failure}
          </div>
        );
      }
      return (
        <div className="lesson-controls">
          {join.ticket ? (
            <Button variant="secondary" onClick={join.leave}>
              {text.controls.leave}
            </Button>
          ) : (
            <Button isBusy={join.isJoining} onClick={join.enter}>
              {text.controls.enterRoom}
            </Button>
          )}
          <Button variant="danger" onClick={() => setIsConfirmingEnd(true)}>
            {text.controls.end}
          </Button>
          {failure}
        </div>
      );
    case "ended":
      return <p className="lesson-controls__note">{lesson.endedAt ? text.notice.endedAt(formatDateTime(lesson.endedAt, { locale, timeZone })) : text.notice.ended}</p>;
  }
}
