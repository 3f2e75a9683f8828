import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ZGradeInput } from "@zang/validators";
import { Alert, Button, TextArea, TextField } from "@zang/ui";
import { useState, type FormEvent } from "react";
import { formatNumber } from "../../../format/format-number.ts";
import { useI18n } from "../../../i18n/i18n-provider.tsx";
import { useTRPC } from "../../../trpc.ts";
import { homeworkFailureText } from "../homework-failure.ts";
import { parseLocalizedNumber } from "../localized-number.ts";

/** Points and feedback for one submission, saved in place; the student sees them once returned. */
export function GradeForm({ submissionId, points, feedback, maxPoints }: { submissionId: string; points: number | null; feedback: string | null; maxPoints: number }) {
  const { locale, messages } = useI18n();
  const text = messages.homework.submissions;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [pointsText, setPointsText] = useState(points === null ? "" : String(points));
  const [feedbackText, setFeedbackText] = useState(feedback ?? "");
  const [isPointsInvalid, setIsPointsInvalid] = useState(false);
  const grade = useMutation(trpc.homework.grade.mutationOptions({ onSuccess: () => queryClient.invalidateQueries(trpc.homework.pathFilter()) }));
  const maxText = formatNumber(maxPoints, locale);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (grade.isPending) return;
    const parsed = ZGradeInput.safeParse({ submissionId, points: parseLocalizedNumber(pointsText), feedback: feedbackText });
    const isValid = parsed.success && parsed.data.points <= maxPoints;
    setIsPointsInvalid(!isValid);
    if (isValid) grade.mutate(parsed.data);
  }

  function edited() {
    if (grade.isSuccess || grade.isError) grade.reset();
  }

  return (
    <form className="homework-grade" noValidate onSubmit={onSubmit}>
      <TextField
        label={text.points(maxText)}
        name="points"
        inputMode="decimal"
        className="homework-grade__points"
        value={pointsText}
        error={isPointsInvalid ? text.pointsInvalid(maxText) : undefined}
        onChange={(event) => {
          setPointsText(event.target.value);
          edited();
        }}
      />
      <TextArea
        label={text.feedback}
        name="feedback"
        rows={2}
        dir="auto"
        value={feedbackText}
        onChange={(event) => {
          setFeedbackText(event.target.value);
          edited();
        }}
      />
      <div className="homework-grade__actions">
        <Button type="submit" isBusy={grade.isPending}>
          {text.saveGrade}
        </Button>
        {grade.isSuccess && <span role="status">{text.gradeSaved}</span>}
      </div>
      {grade.isError && <Alert tone="error" title={homeworkFailureText({ messages, error: grade.error, conflictText: messages.errors.unexpected })} />}
    </form>
  );
}
