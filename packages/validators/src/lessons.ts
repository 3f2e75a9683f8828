import { z } from "zod";
import { ZId } from "./common.ts";

export const MIN_LESSON_MINUTES = 5;
export const MAX_LESSON_MINUTES = 300;

export const ZScheduleLessonInput = z.object({
  classId: ZId,
  title: z.string().trim().min(1, { error: "Give the lesson a title." }).max(200, { error: "Titles are at most 200 characters." }),
  startsAt: z.coerce.date({ error: "Choose when the lesson starts." }),
  durationMinutes: z
    .number({ error: "Give the expected length in minutes." })
    .int({ error: "Give the expected length in whole minutes." })
    .min(MIN_LESSON_MINUTES, { error: `A lesson lasts at least ${MIN_LESSON_MINUTES} minutes.` })
    .max(MAX_LESSON_MINUTES, { error: `A lesson lasts at most ${MAX_LESSON_MINUTES} minutes.` }),
});
export type TScheduleLessonInput = z.infer<typeof ZScheduleLessonInput>;

export const ZLessonRef = z.object({ lessonId: ZId });
export type TLessonRef = z.infer<typeof ZLessonRef>;

export const ZRaiseHandInput = z.object({ lessonId: ZId, raised: z.boolean() });
export type TRaiseHandInput = z.infer<typeof ZRaiseHandInput>;

export const ZSetSpeakerInput = z.object({ lessonId: ZId, userId: ZId, allowed: z.boolean() });
export type TSetSpeakerInput = z.infer<typeof ZSetSpeakerInput>;
