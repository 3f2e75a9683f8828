import { Badge } from "@zang/ui";
import { formatDateTime } from "../../format/format-date.ts";
import { useI18n } from "../../i18n/i18n-provider.tsx";
import { deadlineState, type DeadlineState } from "./deadline.ts";
import type { Assignment } from "./homework-types.ts";

type DeadlineFields = Pick<Assignment, "dueAt" | "allowLateUntil" | "closedAt">;

/** The due time, the late-work window and, once it matters, that the deadline has passed. */
export function DeadlineSummary({ assignment, timeZone, now }: { assignment: DeadlineFields; timeZone: string; now: Date }) {
  const { locale, messages } = useI18n();
  const text = messages.homework;
  const when = (date: Date) => formatDateTime(date, { locale, timeZone });
  const state = deadlineState({ now, ...assignment });
  return (
    <div className="homework-deadline">
      <p className="homework-deadline__due">{text.due(when(assignment.dueAt))}</p>
      <p className="homework-deadline__late">{assignment.allowLateUntil ? text.lateUntil(when(assignment.allowLateUntil)) : text.noLateWork}</p>
      <DeadlineBadge state={state} />
    </div>
  );
}

export function DeadlineBadge({ state }: { state: DeadlineState }) {
  const { messages } = useI18n();
  switch (state) {
    case "open":
      return null;
    case "lateAccepted":
    case "passed":
      return <Badge tone="warning">{messages.homework.deadline[state]}</Badge>;
    case "closed":
      return <Badge>{messages.homework.deadline.closed}</Badge>;
  }
}
