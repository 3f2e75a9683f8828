import { useQueryClient } from "@tanstack/react-query";
import { Alert, Button } from "@zang/ui";
import { useCallback, useState } from "react";
import { formatDateTime } from "../../../format/format-date.ts";
import { useI18n } from "../../../i18n/i18n-provider.tsx";
import { useTRPC } from "../../../trpc.ts";
import { useNow } from "../../homework/use-now.ts";
import { lessonFailureText } from "../lesson-failure.ts";
import { lessonPhase } from "../lesson-phase.ts";
import type { Lesson } from "../lesson-types.ts";
import { LessonRoom } from "../room/lesson-room.tsx";
import { RoomStage } from "../room/room-stage.tsx";
import { useLessonJoin } from "../room/use-lesson-join.ts";
import { HandButton } from "./hand-button.tsx";
import { StudentMicrophone } from "./student-microphone.tsx";

/** The student's lesson: wait for it, join it, raise a hand, speak when allowed, leave. */
export function StudentLesson({ lesson, timeZone }: { lesson: Lesson; timeZone: string }) {
  const { locale, messages } = useI18n();
  const text = messages.lessons;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const now = useNow();
  const join = useLessonJoin({ lessonId: lesson.id, classId: lesson.classId });
  const [canSpeak, setCanSpeak] = useState(false);
  const onRoomClosed = useCallback(() => void queryClient.invalidateQueries(trpc.lessons.list.queryFilter({ classId: lesson.classId })), [queryClient, trpc, lesson.classId]);
  const when = (date: Date) => formatDateTime(date, { locale, timeZone });

  const phase = lessonPhase(lesson, now);
  switch (phase) {
    case "upcoming":
    case "waitingForTeacher":
      return (
        <Alert tone="info" title={phase === "upcoming" ? text.notice.upcoming(when(lesson.startsAt)) : text.notice.waitingForTeacher}>
          <p>{text.notice.autoRefresh}</p>
        </Alert>
      );
    case "ended":
      return <Alert tone="info" title={lesson.endedAt ? text.notice.endedAt(when(lesson.endedAt)) : text.notice.ended} />;
    case "live":
      if (!join.ticket) {
        return (
          <div className="lesson-controls">
            <Button isBusy={join.isJoining} onClick={join.enter}>
              {text.controls.join}
            </Button>
            {join.joinError && <Alert tone="error" title={lessonFailureText({ messages, error: join.joinError, conflictText: text.errors.notLive })} />}
          </div>
        );
      }
      return (
        <div className="lesson-layout__main">
          <div className="lesson-controls">
            <HandButton lessonId={lesson.id} canSpeak={canSpeak} />
            <Button variant="secondary" onClick={join.leave}>
              {text.controls.leave}
            </Button>
          </div>
          <LessonRoom key={join.attempt} ticket={join.ticket} isRejoining={join.isJoining} onRejoin={join.enter} onRoomClosed={onRoomClosed}>
            <StudentMicrophone onCanSpeakChange={setCanSpeak} />
            <RoomStage />
          </LessonRoom>
        </div>
      );
  }
}
