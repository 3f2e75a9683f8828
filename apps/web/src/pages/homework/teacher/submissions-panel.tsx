import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ZSubmissionFilter, type TSubmissionFilter } from "@zang/validators";
import { Alert, Button, Card, EmptyState, Select } from "@zang/ui";
import { useState } from "react";
import { LoadError } from "../../../components/load-error.tsx";
import { Loading } from "../../../components/loading.tsx";
import { formatNumber } from "../../../format/format-number.ts";
import { useI18n } from "../../../i18n/i18n-provider.tsx";
import { useTRPC } from "../../../trpc.ts";
import { homeworkFailureText } from "../homework-failure.ts";
import type { Assignment } from "../homework-types.ts";
import { SubmissionItem } from "./submission-item.tsx";

/** Every student's work for one assignment, narrowed to what needs attention, with grading and returning. */
export function SubmissionsPanel({ assignment, timeZone }: { assignment: Assignment; timeZone: string }) {
  const { locale, messages } = useI18n();
  const text = messages.homework.submissions;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [filter, setFilter] = useState<TSubmissionFilter>("all");
  const submissions = useQuery({
    ...trpc.homework.submissions.queryOptions({ assignmentId: assignment.id, filter }),
    // The previous list stays on screen while another filter loads, instead of a spinner flash.
    placeholderData: keepPreviousData,
  });
  const returnAll = useMutation(trpc.homework.return.mutationOptions({ onSuccess: () => queryClient.invalidateQueries(trpc.homework.pathFilter()) }));
  const filterOptions = ZSubmissionFilter.options.map((value) => ({ value, label: text.filters[value] }));
  const canReturnAny = submissions.data?.rows.some((row) => row.gradedAt && !row.returnedAt) ?? false;

  return (
    <Card title={text.title} className="homework-submissions">
      <div className="homework-toolbar">
        <Select name="filter" label={text.filter} value={filter} options={filterOptions} onValueChange={setFilter} />
        <Button variant="secondary" isBusy={returnAll.isPending} disabled={!canReturnAny && filter === "all"} onClick={() => returnAll.mutate({ assignmentId: assignment.id })}>
          {text.returnAll}
        </Button>
      </div>
      {returnAll.isSuccess && <Alert tone="info" title={text.returned(returnAll.data.returned, formatNumber(returnAll.data.returned, locale))} />}
      {returnAll.isError && <Alert tone="error" title={homeworkFailureText({ messages, error: returnAll.error, conflictText: messages.errors.unexpected })} />}
      {submissions.isPending ? (
        <Loading />
      ) : submissions.isError ? (
        <LoadError title={text.loadFailed} error={submissions.error} onRetry={() => void submissions.refetch()} />
      ) : submissions.data.rows.length === 0 ? (
        <EmptyState title={text.empty[filter]} />
      ) : (
        // A list of small cards rather than a table: each row holds a grading form, which a table
        // cell would squeeze, and cards wrap on phones in either reading direction.
        <ul className="homework-submission-list" aria-busy={submissions.isPlaceholderData || undefined}>
          {submissions.data.rows.map((row) => (
            <SubmissionItem key={row.student.id} row={row} assignmentId={assignment.id} maxPoints={submissions.data.maxPoints} timeZone={timeZone} />
          ))}
        </ul>
      )}
    </Card>
  );
}
