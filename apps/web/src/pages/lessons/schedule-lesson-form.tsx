import { useMutation, useQueryClient } from "@tanstack/react-query";
import { MAX_LESSON_MINUTES, MIN_LESSON_MINUTES } from "@zang/validators";
import { Alert, Card, TextField } from "@zang/ui";
import { useState, type FormEvent } from "react";
import { FormActions } from "../../components/form-actions.tsx";
import { formatDateTime } from "../../format/format-date.ts";
import { formatNumber } from "../../format/format-number.ts";
import { useI18n } from "../../i18n/i18n-provider.tsx";
import type { Messages } from "../../i18n/messages.ts";
import { useTRPC } from "../../trpc.ts";
import { zonedInputToDate } from "../homework/zoned-date-time.ts";
import { lessonFailureText } from "./lesson-failure.ts";
import { checkScheduleForm, defaultScheduleValues, type ScheduleField, type ScheduleFormValues, type ScheduleProblems } from "./schedule-form.ts";

/** The teacher's form for a new lesson: title, start on the school's clock, planned length. */
export function ScheduleLessonForm({ classId, timeZone, onDone }: { classId: string; timeZone: string; onDone: () => void }) {
  const { locale, messages } = useI18n();
  const text = messages.lessons.schedule;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<ScheduleFormValues>(() => defaultScheduleValues({ now: new Date(), timeZone }));
  const [problems, setProblems] = useState<ScheduleProblems>({});
  const schedule = useMutation(
    trpc.lessons.schedule.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries(trpc.lessons.list.queryFilter({ classId }));
        onDone();
      },
    }),
  );
  const [min, max] = [formatNumber(MIN_LESSON_MINUTES, locale), formatNumber(MAX_LESSON_MINUTES, locale)];

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (schedule.isPending) return;
    const checked = checkScheduleForm({ values, classId, timeZone, now: new Date() });
    if ("problems" in checked) {
      setProblems(checked.problems);
      return;
    }
    setProblems({});
    schedule.mutate(checked.input);
  }

  function fieldProps(field: ScheduleField) {
    return {
      name: field,
      value: values[field],
      error: problemText({ messages, problem: problems[field], field, min, max }),
      onChange: (event: { target: { value: string } }) => setValues((current) => ({ ...current, [field]: event.target.value })),
    };
  }

  /** The picked time spelled out on the school's clock (Jalali for Persian readers). */
  const startDate = zonedInputToDate(values.startsAt, timeZone);
  const startHint = startDate ? `${formatDateTime(startDate, { locale, timeZone })} · ${text.schoolClockHint(timeZone)}` : text.schoolClockHint(timeZone);

  return (
    <Card title={text.title} className="lesson-form-card">
      <form className="stacked-form" noValidate onSubmit={onSubmit}>
        {schedule.isError && <Alert tone="error" title={lessonFailureText({ messages, error: schedule.error, conflictText: messages.lessons.errors.invalid })} />}
        <TextField label={text.lessonTitle} maxLength={200} dir="auto" {...fieldProps("title")} />
        <div className="stacked-form__row">
          <TextField label={text.startsAt} type="datetime-local" hint={startHint} {...fieldProps("startsAt")} />
          <TextField label={text.durationMinutes} inputMode="numeric" hint={text.durationHint(min, max)} className="lesson-form__minutes" {...fieldProps("durationMinutes")} />
        </div>
        <FormActions submitLabel={text.submit} isBusy={schedule.isPending} cancelLabel={text.cancel} onCancel={onDone} />
      </form>
    </Card>
  );
}

function problemText({ messages, problem, field, min, max }: { messages: Messages; problem: ScheduleProblems[ScheduleField]; field: ScheduleField; min: string; max: string }) {
  const text = messages.lessons.schedule;
  switch (problem) {
    case undefined:
      return undefined;
    case "required":
      return field === "title" ? text.titleRequired : text.startsAtRequired;
    case "tooLong":
      return text.titleTooLong;
    case "past":
      return text.startsAtPast;
    case "invalid":
      return text.durationInvalid(min, max);
  }
}
