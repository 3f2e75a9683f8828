import { Card } from "@zang/ui";
import { formatNumber } from "../../format/format-number.ts";
import { useI18n } from "../../i18n/i18n-provider.tsx";
import { AttachmentList } from "../../files/attachment-list.tsx";
import { DeadlineSummary } from "./deadline-summary.tsx";
import type { Assignment } from "./homework-types.ts";

/** What the assignment asks: deadline, points, instructions and the teacher's files. */
export function AssignmentDetails({ assignment, timeZone, now }: { assignment: Assignment; timeZone: string; now: Date }) {
  const { locale, messages } = useI18n();
  const text = messages.homework;
  return (
    <Card className="homework-details">
      <DeadlineSummary assignment={assignment} timeZone={timeZone} now={now} />
      <p className="homework-details__points">{text.maxPoints(formatNumber(assignment.maxPoints, locale))}</p>
      {assignment.instructions && (
        <>
          <h2 className="homework-section-title">{text.instructions}</h2>
          {/* dir="auto": a teacher may write in either language. */}
          <p className="homework-text" dir="auto">
            {assignment.instructions}
          </p>
        </>
      )}
      {assignment.files.length > 0 && (
        <>
          <h2 className="homework-section-title">{text.attachments}</h2>
          <AttachmentList files={assignment.files} />
        </>
      )}
    </Card>
  );
}
