import { EmptyState } from "@zang/ui";
import { useI18n } from "../../../i18n/i18n-provider.tsx";
import type { Assignment } from "../homework-types.ts";
import { useNow } from "../use-now.ts";
import { StudentAssignmentCard } from "./student-assignment-card.tsx";

export function StudentHomework({ assignments, timeZone }: { assignments: Assignment[]; timeZone: string }) {
  const { messages } = useI18n();
  const now = useNow();
  if (assignments.length === 0) return <EmptyState title={messages.homework.empty.student} description={messages.homework.empty.studentHint} />;
  return (
    <ul className="homework-list">
      {assignments.map((assignment) => (
        <li key={assignment.id}>
          <StudentAssignmentCard assignment={assignment} timeZone={timeZone} now={now} />
        </li>
      ))}
    </ul>
  );
}
