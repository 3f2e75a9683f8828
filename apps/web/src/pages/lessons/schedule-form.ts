// Checks the schedule form with the server's own schema and reports problems as keys, so the text
// follows the reader's language. The start is typed on the school's clock.
import { ZScheduleLessonInput, type TScheduleLessonInput } from "@zang/validators";
import { parseLocalizedNumber } from "../homework/localized-number.ts";
import { dateToZonedInput, zonedInputToDate } from "../homework/zoned-date-time.ts";

export type ScheduleFormValues = {
  title: string;
  /** A datetime-local value on the school's clock. */
  startsAt: string;
  durationMinutes: string;
};
export type ScheduleField = keyof ScheduleFormValues;
export type ScheduleProblem = "required" | "tooLong" | "past" | "invalid";
export type ScheduleProblems = Partial<Record<ScheduleField, ScheduleProblem>>;

export const DEFAULT_LESSON_MINUTES = 45;
/** The server accepts a start up to five minutes ago (a "now" lesson from a late clock); so do we. */
const PAST_TOLERANCE_MS = 5 * 60_000;
const QUARTER_HOUR_MS = 15 * 60_000;
/** A default start needs a moment of notice, so "the next quarter hour" is at least this far. */
const MIN_NOTICE_MS = 5 * 60_000;

/** An empty form starting at the next quarter hour (at least five minutes away), 45 minutes long. */
export function defaultScheduleValues({ now, timeZone }: { now: Date; timeZone: string }): ScheduleFormValues {
  const start = new Date(Math.ceil((now.getTime() + MIN_NOTICE_MS) / QUARTER_HOUR_MS) * QUARTER_HOUR_MS);
  return { title: "", startsAt: dateToZonedInput(start, timeZone), durationMinutes: String(DEFAULT_LESSON_MINUTES) };
}

export function checkScheduleForm({
  values,
  classId,
  timeZone,
  now,
}: {
  values: ScheduleFormValues;
  classId: string;
  timeZone: string;
  now: Date;
}): { input: TScheduleLessonInput } | { problems: ScheduleProblems } {
  const problems: ScheduleProblems = {};
  const startsAt = zonedInputToDate(values.startsAt, timeZone);
  if (startsAt && startsAt.getTime() < now.getTime() - PAST_TOLERANCE_MS) problems.startsAt = "past";
  const result = ZScheduleLessonInput.safeParse({
    classId,
    title: values.title,
    // undefined, not null, so the schema reports a missing start as "required".
    startsAt: startsAt ?? undefined,
    durationMinutes: parseLocalizedNumber(values.durationMinutes) ?? Number.NaN,
  });
  if (!result.success) {
    for (const issue of result.error.issues) {
      switch (issue.path[0]) {
        case "title":
          problems.title ??= issue.code === "too_big" ? "tooLong" : "required";
          break;
        case "startsAt":
          problems.startsAt ??= "required";
          break;
        case "durationMinutes":
          problems.durationMinutes ??= "invalid";
          break;
      }
    }
  }
  if (Object.keys(problems).length > 0 || !result.success) return { problems };
  return { input: result.data };
}
