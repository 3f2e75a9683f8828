import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { useTRPC } from "../../../trpc.ts";
import type { Lesson } from "../lesson-types.ts";
import { LessonRoom } from "../room/lesson-room.tsx";
import { RoomStage } from "../room/room-stage.tsx";
import { useLessonJoin } from "../room/use-lesson-join.ts";
import { AttendancePanel } from "./attendance-panel.tsx";
import { HandsPanel } from "./hands-panel.tsx";
import { LessonControls } from "./lesson-controls.tsx";
import { ParticipantsPanel } from "./participants-panel.tsx";
import { TeacherMediaControls } from "./teacher-media-controls.tsx";

/** The teacher's (or a school admin's) lesson: controls, the room, raised hands and attendance. */
export function TeacherLesson({ lesson, timeZone }: { lesson: Lesson; timeZone: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const join = useLessonJoin({ lessonId: lesson.id, classId: lesson.classId });
  // Roles for the participant list: LiveKit knows identities (user ids), the class knows who teaches.
  const members = useQuery(trpc.classes.members.queryOptions({ classId: lesson.classId }));
  const onRoomClosed = useCallback(() => void queryClient.invalidateQueries(trpc.lessons.list.queryFilter({ classId: lesson.classId })), [queryClient, trpc, lesson.classId]);
  const isLive = lesson.state === "live";
  return (
    <div className="lessons-stack">
      <div className={isLive ? "lesson-layout lesson-layout--with-side" : "lesson-layout"}>
        <div className="lesson-layout__main">
          <LessonControls lesson={lesson} join={join} timeZone={timeZone} />
          {isLive && join.ticket && (
            <LessonRoom key={join.attempt} ticket={join.ticket} isRejoining={join.isJoining} onRejoin={join.enter} onRoomClosed={onRoomClosed}>
              <RoomStage />
              <TeacherMediaControls />
              <ParticipantsPanel lessonId={lesson.id} members={members.data} />
            </LessonRoom>
          )}
        </div>
        {isLive && <HandsPanel lessonId={lesson.id} timeZone={timeZone} />}
      </div>
      {/* Full width: a class of 35 needs the table's room. */}
      {lesson.startedAt && <AttendancePanel lesson={lesson} timeZone={timeZone} />}
    </div>
  );
}
