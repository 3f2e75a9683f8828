import { useMutation, useQueryClient } from "@tanstack/react-query";
import { MAX_SUBMISSION_TEXT } from "@zang/validators";
import { Alert, Button, Card, TextArea } from "@zang/ui";
import { useState, type FormEvent } from "react";
import { formatNumber } from "../../../format/format-number.ts";
import { useI18n } from "../../../i18n/i18n-provider.tsx";
import type { Messages } from "../../../i18n/messages.ts";
import { useTRPC } from "../../../trpc.ts";
import { createAttemptKeys } from "../attempt-keys.ts";
import type { DeadlineState } from "../deadline.ts";
import { FilePicker } from "../../../files/file-picker.tsx";
import { homeworkFailureText } from "../homework-failure.ts";
import type { MySubmission } from "../homework-types.ts";
import { useFileUploads } from "../../../files/use-file-uploads.ts";

export type SubmitOutcome = { version: number; late: boolean };
type Problem = "answerRequired" | "answerTooLong" | "waitForUploads";
type Refusal = keyof Messages["homework"]["submit"]["cannotSubmit"];

/** Why the student cannot hand in (again), as far as this side knows; the server has the last word. */
function refusalOf(mine: MySubmission, deadline: DeadlineState): Refusal | null {
  if (mine.status === "graded" || mine.status === "returned") return "graded";
  if (deadline === "closed") return "closed";
  if (deadline === "passed") return "passed";
  return null;
}

/** Hands in an answer and files; starts from the latest hand-in, so resubmitting edits it. */
export function SubmitWorkForm({
  assignmentId,
  mine,
  deadline,
  onSubmitted,
}: {
  assignmentId: string;
  mine: MySubmission;
  deadline: DeadlineState;
  onSubmitted: (outcome: SubmitOutcome) => void;
}) {
  const { locale, messages } = useI18n();
  const text = messages.homework.submit;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [answer, setAnswer] = useState(mine.latest?.text ?? "");
  const [problem, setProblem] = useState<Problem | null>(null);
  const uploads = useFileUploads(mine.latest?.files);
  const [attemptKeys] = useState(() => createAttemptKeys());
  const submit = useMutation(
    trpc.homework.submit.mutationOptions({
      onSuccess: async ({ version, late }) => {
        attemptKeys.clear();
        onSubmitted({ version, late });
        await queryClient.invalidateQueries(trpc.homework.pathFilter());
      },
    }),
  );
  const refusal = refusalOf(mine, deadline);
  if (refusal) return <Alert tone="info" title={text.cannotSubmit[refusal]} />;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submit.isPending) return;
    const trimmed = answer.trim();
    const fileIds = uploads.fileIds;
    const found: Problem | null = uploads.isUploading
      ? "waitForUploads"
      : trimmed.length > MAX_SUBMISSION_TEXT
        ? "answerTooLong"
        : trimmed.length === 0 && fileIds.length === 0
          ? "answerRequired"
          : null;
    setProblem(found);
    if (found) return;
    const idempotencyKey = attemptKeys.keyFor(JSON.stringify({ text: trimmed, fileIds }));
    submit.mutate({ assignmentId, text: trimmed, fileIds, idempotencyKey });
  }

  const hasSubmitted = mine.version > 0;
  const problemText = problem === "answerTooLong" ? text.answerTooLong(formatNumber(MAX_SUBMISSION_TEXT, locale)) : problem ? text[problem] : undefined;
  return (
    <Card title={hasSubmitted ? text.titleAgain : text.title} className="homework-submit">
      <form className="stacked-form" noValidate onSubmit={onSubmit}>
        {deadline === "lateAccepted" && <Alert tone="info" title={text.lateWarning} />}
        {submit.isError && <Alert tone="error" title={homeworkFailureText({ messages, error: submit.error, conflictText: messages.homework.errors.conflictSubmit })} />}
        <TextArea label={text.answer} name="answer" rows={6} dir="auto" value={answer} onChange={(event) => setAnswer(event.target.value)} />
        <FilePicker label={text.files} name="files" uploads={uploads} />
        {problemText && <Alert tone="error" title={problemText} />}
        <div className="stacked-form__actions">
          <Button type="submit" isBusy={submit.isPending}>
            {hasSubmitted ? text.submitAgain : text.submit}
          </Button>
        </div>
      </form>
    </Card>
  );
}
