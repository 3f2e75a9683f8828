import { Badge, Card } from "@zang/ui";
import { formatDateTime } from "../../../format/format-date.ts";
import { formatNumber } from "../../../format/format-number.ts";
import { useI18n } from "../../../i18n/i18n-provider.tsx";
import { AttachmentList } from "../../../files/attachment-list.tsx";
import type { MySubmission } from "../homework-types.ts";
import { SubmissionStatusBadge } from "../submission-status-badge.tsx";

/** The student's latest hand-in and, once the teacher returns it, the grade and feedback. */
export function MySubmissionCard({ mine, timeZone }: { mine: MySubmission; timeZone: string }) {
  const { locale, messages } = useI18n();
  const text = messages.homework.mine;
  return (
    <Card
      title={text.title}
      className="homework-mine"
      aside={
        <span className="homework-badges">
          <SubmissionStatusBadge status={mine.status} />
          {mine.late && mine.status !== "submitted_late" && <Badge tone="warning">{messages.homework.late}</Badge>}
        </span>
      }
    >
      {!mine.latest ? (
        <p className="homework-submission__meta">{text.nothingYet}</p>
      ) : (
        <>
          <p className="homework-submission__meta">
            {text.submittedAt(formatDateTime(mine.latest.submittedAt, { locale, timeZone }))} · {text.version(formatNumber(mine.version, locale))}
          </p>
          {mine.latest.text && (
            <p className="homework-text" dir="auto">
              {mine.latest.text}
            </p>
          )}
          <AttachmentList files={mine.latest.files} />
        </>
      )}
      {mine.status === "graded" && <p className="homework-mine__waiting">{text.awaitingReturn}</p>}
      {mine.status === "returned" && (
        <div className="homework-mine__grade">
          <h3 className="homework-section-title">{text.grade}</h3>
          <p className="homework-mine__points">
            {text.points(mine.points === null ? "—" : formatNumber(mine.points, locale), formatNumber(mine.maxPoints, locale))}
          </p>
          {mine.feedback && (
            <>
              <h3 className="homework-section-title">{text.feedback}</h3>
              <p className="homework-text" dir="auto">
                {mine.feedback}
              </p>
            </>
          )}
        </div>
      )}
    </Card>
  );
}
