import {
  endLesson,
  exportAttendanceCsv,
  joinLesson,
  lessonAttendance,
  listHands,
  listLessons,
  myHand,
  raiseHand,
  requireVideo,
  scheduleLesson,
  setSpeaker,
  startLesson,
} from "@zang/core";
import { ZLessonRef, ZRaiseHandInput, ZScheduleLessonInput, ZSetSpeakerInput } from "@zang/validators";
import type { Services } from "../context.ts";
import { authedProcedure, classProcedure, classTeacherProcedure, router } from "../trpc.ts";

// Every lesson procedure needs LiveKit configured. The check runs after the caller is known, so an
// anonymous caller still learns only that they must sign in.
const videoOf = (services: Services) => ({ video: requireVideo(services.video) });

const lessonProcedure = authedProcedure.use(({ ctx, next }) => next({ ctx: videoOf(ctx.services) }));
const classLessonProcedure = classProcedure.use(({ ctx, next }) => next({ ctx: videoOf(ctx.services) }));
const classTeacherLessonProcedure = classTeacherProcedure.use(({ ctx, next }) => next({ ctx: videoOf(ctx.services) }));

export const lessonsRouter = router({
  schedule: classTeacherLessonProcedure.input(ZScheduleLessonInput).mutation(({ ctx, input }) =>
    scheduleLesson({ db: ctx.services.db, viewer: ctx.viewer, access: ctx.classAccess, input }),
  ),

  list: classLessonProcedure.query(({ ctx }) => listLessons({ db: ctx.services.db, viewer: ctx.viewer, access: ctx.classAccess })),

  start: lessonProcedure.input(ZLessonRef).mutation(({ ctx, input }) =>
    startLesson({ db: ctx.services.db, video: ctx.video, viewer: ctx.viewer, lessonId: input.lessonId }),
  ),

  /** `{ url, token }` for livekit-client's `room.connect(url, token)`. */
  join: lessonProcedure.input(ZLessonRef).mutation(({ ctx, input }) =>
    joinLesson({ db: ctx.services.db, video: ctx.video, viewer: ctx.viewer, lessonId: input.lessonId }),
  ),

  end: lessonProcedure.input(ZLessonRef).mutation(({ ctx, input }) =>
    endLesson({ db: ctx.services.db, video: ctx.video, viewer: ctx.viewer, lessonId: input.lessonId }),
  ),

  raiseHand: lessonProcedure.input(ZRaiseHandInput).mutation(({ ctx, input }) =>
    raiseHand({ db: ctx.services.db, viewer: ctx.viewer, lessonId: input.lessonId, raised: input.raised }),
  ),

  /** The caller's own hand (a student's): up or not, and whether they may speak. */
  myHand: lessonProcedure.input(ZLessonRef).query(({ ctx, input }) => myHand({ db: ctx.services.db, viewer: ctx.viewer, lessonId: input.lessonId })),

  setSpeaker: lessonProcedure.input(ZSetSpeakerInput).mutation(({ ctx, input }) =>
    setSpeaker({ db: ctx.services.db, video: ctx.video, viewer: ctx.viewer, lessonId: input.lessonId, userId: input.userId, allowed: input.allowed }),
  ),

  hands: lessonProcedure.input(ZLessonRef).query(({ ctx, input }) => listHands({ db: ctx.services.db, viewer: ctx.viewer, lessonId: input.lessonId })),

  attendance: lessonProcedure.input(ZLessonRef).query(({ ctx, input }) =>
    lessonAttendance({ db: ctx.services.db, viewer: ctx.viewer, lessonId: input.lessonId }),
  ),

  /** The attendance report as CSV text (UTF-8 with BOM); the client saves it as a file. */
  attendanceCsv: lessonProcedure.input(ZLessonRef).query(({ ctx, input }) =>
    exportAttendanceCsv({ db: ctx.services.db, viewer: ctx.viewer, lessonId: input.lessonId }),
  ),
});
