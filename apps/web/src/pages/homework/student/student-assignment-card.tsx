import { Card } from "@zang/ui";
import { formatDateTime } from "../../../format/format-date.ts";
import { useI18n } from "../../../i18n/i18n-provider.tsx";
import { routeHref } from "../../../routing/route.ts";
import { deadlineState } from "../deadline.ts";
import { DeadlineBadge } from "../deadline-summary.tsx";
import type { Assignment } from "../homework-types.ts";
import { SubmissionStatusBadge } from "../submission-status-badge.tsx";

export function StudentAssignmentCard({ assignment, timeZone, now }: { assignment: Assignment; timeZone: string; now: Date }) {
  const { locale, messages } = useI18n();
  const href = routeHref({ name: "assignment", classId: assignment.classId, assignmentId: assignment.id });
  const status = assignment.status ?? "not_submitted";
  return (
    <Card
      className="homework-card"
      title={
        <a href={href}>
          <bdi>{assignment.title}</bdi>
        </a>
      }
      aside={<SubmissionStatusBadge status={status} />}
    >
      <p className="homework-card__due">{messages.homework.due(formatDateTime(assignment.dueAt, { locale, timeZone }))}</p>
      {/* Once work is in, the deadline no longer concerns the student. */}
      {status === "not_submitted" && <DeadlineBadge state={deadlineState({ now, ...assignment })} />}
    </Card>
  );
}
