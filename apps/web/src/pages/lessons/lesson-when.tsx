import { formatDateTime } from "../../format/format-date.ts";
import { useI18n } from "../../i18n/i18n-provider.tsx";
import { formatMinutes } from "./format-minutes.ts";
import type { Lesson } from "./lesson-types.ts";

/** When the lesson starts, on the school's clock (Jalali in Persian), and how long it is planned to last. */
export function LessonWhen({ lesson, timeZone }: { lesson: Pick<Lesson, "startsAt" | "durationMinutes">; timeZone: string }) {
  const { locale, messages } = useI18n();
  return (
    <p className="lesson-when">
      <span className="lesson-when__start">{messages.lessons.startsAt(formatDateTime(lesson.startsAt, { locale, timeZone }))}</span>
      <span className="lesson-when__duration">{messages.lessons.duration(formatMinutes(lesson.durationMinutes, locale))}</span>
    </p>
  );
}
