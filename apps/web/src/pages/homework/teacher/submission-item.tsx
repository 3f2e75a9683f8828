import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, Badge, Button } from "@zang/ui";
import { useId } from "react";
import { formatDateTime } from "../../../format/format-date.ts";
import { formatNumber } from "../../../format/format-number.ts";
import { useI18n } from "../../../i18n/i18n-provider.tsx";
import { useTRPC } from "../../../trpc.ts";
import { AttachmentList } from "../../../files/attachment-list.tsx";
import { homeworkFailureText } from "../homework-failure.ts";
import type { SubmissionRow } from "../homework-types.ts";
import { SubmissionStatusBadge } from "../submission-status-badge.tsx";
import { GradeForm } from "./grade-form.tsx";

/** One student: what they handed in, the grade form, and returning the graded work to them. */
export function SubmissionItem({ row, assignmentId, maxPoints, timeZone }: { row: SubmissionRow; assignmentId: string; maxPoints: number; timeZone: string }) {
  const { locale, messages } = useI18n();
  const text = messages.homework.submissions;
  const headingId = useId();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const returnOne = useMutation(trpc.homework.return.mutationOptions({ onSuccess: () => queryClient.invalidateQueries(trpc.homework.pathFilter()) }));
  const when = (date: Date) => formatDateTime(date, { locale, timeZone });
  return (
    <li className="homework-submission" aria-labelledby={headingId}>
      <div className="homework-submission__header">
        <h3 id={headingId} className="homework-submission__student">
          <bdi>{row.student.displayName}</bdi>
        </h3>
        <SubmissionStatusBadge status={row.status} />
        {row.late && row.status !== "submitted_late" && <Badge tone="warning">{messages.homework.late}</Badge>}
      </div>
      {row.latest && (
        <div className="homework-submission__work">
          <p className="homework-submission__meta">
            {text.submittedAt(when(row.latest.submittedAt))} · {text.version(formatNumber(row.version, locale))}
          </p>
          {row.latest.text ? (
            <p className="homework-text" dir="auto">
              {row.latest.text}
            </p>
          ) : (
            <p className="homework-submission__meta">{text.noAnswerText}</p>
          )}
          <AttachmentList files={row.latest.files} />
        </div>
      )}
      {row.submissionId && (
        <div className="homework-submission__grading">
          <GradeForm submissionId={row.submissionId} points={row.points} feedback={row.feedback} maxPoints={maxPoints} />
          {row.returnedAt ? (
            <p className="homework-submission__meta">{text.returnedOn(when(row.returnedAt))}</p>
          ) : (
            row.gradedAt && (
              <Button variant="secondary" isBusy={returnOne.isPending} onClick={() => returnOne.mutate({ assignmentId, submissionIds: [row.submissionId!] })}>
                {text.returnOne(row.student.displayName)}
              </Button>
            )
          )}
          {returnOne.isError && <Alert tone="error" title={homeworkFailureText({ messages, error: returnOne.error, conflictText: messages.errors.unexpected })} />}
        </div>
      )}
    </li>
  );
}
