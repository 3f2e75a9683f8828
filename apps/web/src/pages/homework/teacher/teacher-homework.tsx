import { Button, EmptyState } from "@zang/ui";
import { useState } from "react";
import { useI18n } from "../../../i18n/i18n-provider.tsx";
import type { Assignment } from "../homework-types.ts";
import { useNow } from "../use-now.ts";
import { AssignmentFormCard } from "./assignment-form-card.tsx";
import { ExportGradesButton } from "./export-grades-button.tsx";
import { TeacherAssignmentCard } from "./teacher-assignment-card.tsx";

export function TeacherHomework({ classId, assignments, timeZone }: { classId: string; assignments: Assignment[]; timeZone: string }) {
  const { messages } = useI18n();
  const text = messages.homework;
  const now = useNow();
  const [isCreating, setIsCreating] = useState(false);
  return (
    <div className="homework-stack">
      <div className="homework-toolbar">
        {!isCreating && <Button onClick={() => setIsCreating(true)}>{text.newAssignment}</Button>}
        <ExportGradesButton classId={classId} />
      </div>
      {isCreating && <AssignmentFormCard target={{ classId }} assignment={null} timeZone={timeZone} onDone={() => setIsCreating(false)} />}
      {assignments.length === 0 ? (
        <EmptyState title={text.empty.teacher} description={text.empty.teacherHint} />
      ) : (
        <ul className="homework-list">
          {assignments.map((assignment) => (
            <li key={assignment.id}>
              <TeacherAssignmentCard assignment={assignment} timeZone={timeZone} now={now} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
