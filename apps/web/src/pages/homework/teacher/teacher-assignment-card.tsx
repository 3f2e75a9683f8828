import { Card } from "@zang/ui";
import { formatDateTime } from "../../../format/format-date.ts";
import { useI18n } from "../../../i18n/i18n-provider.tsx";
import { routeHref } from "../../../routing/route.ts";
import { deadlineState } from "../deadline.ts";
import { DeadlineBadge } from "../deadline-summary.tsx";
import type { Assignment } from "../homework-types.ts";
import { SubmissionCounts } from "./submission-counts.tsx";

export function TeacherAssignmentCard({ assignment, timeZone, now }: { assignment: Assignment; timeZone: string; now: Date }) {
  const { locale, messages } = useI18n();
  const href = routeHref({ name: "assignment", classId: assignment.classId, assignmentId: assignment.id });
  return (
    <Card
      className="homework-card"
      headingLevel={2}
      title={
        <a href={href}>
          <bdi>{assignment.title}</bdi>
        </a>
      }
      aside={<DeadlineBadge state={deadlineState({ now, ...assignment })} />}
    >
      <p className="homework-card__due">{messages.homework.due(formatDateTime(assignment.dueAt, { locale, timeZone }))}</p>
      {assignment.counts && <SubmissionCounts counts={assignment.counts} />}
    </Card>
  );
}
