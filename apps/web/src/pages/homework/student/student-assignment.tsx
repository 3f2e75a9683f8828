import { useQuery } from "@tanstack/react-query";
import { Alert } from "@zang/ui";
import { useState } from "react";
import { LoadError } from "../../../components/load-error.tsx";
import { Loading } from "../../../components/loading.tsx";
import { useI18n } from "../../../i18n/i18n-provider.tsx";
import { useTRPC } from "../../../trpc.ts";
import { AssignmentDetails } from "../assignment-details.tsx";
import { deadlineState } from "../deadline.ts";
import type { Assignment } from "../homework-types.ts";
import { useNow } from "../use-now.ts";
import { MySubmissionCard } from "./my-submission-card.tsx";
import { SubmitWorkForm, type SubmitOutcome } from "./submit-work-form.tsx";

export function StudentAssignment({ assignment, timeZone }: { assignment: Assignment; timeZone: string }) {
  const { messages } = useI18n();
  const trpc = useTRPC();
  const now = useNow();
  const mine = useQuery(trpc.homework.mine.queryOptions({ assignmentId: assignment.id }));
  const [outcome, setOutcome] = useState<SubmitOutcome | null>(null);
  const deadline = deadlineState({ now, ...assignment });
  return (
    <div className="homework-stack">
      <AssignmentDetails assignment={assignment} timeZone={timeZone} now={now} />
      {mine.isPending ? (
        <Loading />
      ) : mine.isError ? (
        <LoadError title={messages.homework.loadFailed} error={mine.error} onRetry={() => void mine.refetch()} />
      ) : (
        <>
          {outcome && <Alert tone="info" title={outcome.late ? messages.homework.submit.submittedLate : messages.homework.submit.submitted} />}
          <MySubmissionCard mine={mine.data} timeZone={timeZone} />
          {/* Keyed by version: after each hand-in the form starts again from what was handed in. */}
          <SubmitWorkForm key={mine.data.version} assignmentId={assignment.id} mine={mine.data} deadline={deadline} onSubmitted={setOutcome} />
        </>
      )}
    </div>
  );
}
