import { useState } from "react";
import { AssignmentDetails } from "../assignment-details.tsx";
import type { Assignment } from "../homework-types.ts";
import { useNow } from "../use-now.ts";
import { AssignmentFormCard } from "./assignment-form-card.tsx";
import { AssignmentManageActions } from "./assignment-manage-actions.tsx";
import { SubmissionCounts } from "./submission-counts.tsx";
import { SubmissionsPanel } from "./submissions-panel.tsx";

export function TeacherAssignment({ assignment, timeZone }: { assignment: Assignment; timeZone: string }) {
  const now = useNow();
  const [isEditing, setIsEditing] = useState(false);
  if (isEditing) {
    return <AssignmentFormCard target={{ assignmentId: assignment.id }} assignment={assignment} timeZone={timeZone} onDone={() => setIsEditing(false)} />;
  }
  return (
    <div className="homework-stack">
      <AssignmentDetails assignment={assignment} timeZone={timeZone} now={now} />
      <div className="homework-toolbar">
        {assignment.counts && <SubmissionCounts counts={assignment.counts} />}
        <AssignmentManageActions assignment={assignment} timeZone={timeZone} onEdit={() => setIsEditing(true)} />
      </div>
      <SubmissionsPanel assignment={assignment} timeZone={timeZone} />
    </div>
  );
}
