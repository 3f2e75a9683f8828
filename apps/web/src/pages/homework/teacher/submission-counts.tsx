import { formatNumber } from "../../../format/format-number.ts";
import { useI18n } from "../../../i18n/i18n-provider.tsx";
import type { Assignment } from "../homework-types.ts";

/** How far the class is: submitted, late, waiting for a grade, returned. */
export function SubmissionCounts({ counts }: { counts: NonNullable<Assignment["counts"]> }) {
  const { locale, messages } = useI18n();
  const text = messages.homework.counts;
  const format = (count: number) => formatNumber(count, locale);
  return (
    <ul className="homework-counts">
      <li>{text.submitted(counts.submitted, format(counts.submitted))}</li>
      {counts.late > 0 && <li>{text.late(counts.late, format(counts.late))}</li>}
      {counts.ungraded > 0 && <li>{text.toGrade(counts.ungraded, format(counts.ungraded))}</li>}
      {counts.returned > 0 && <li>{text.returned(counts.returned, format(counts.returned))}</li>}
    </ul>
  );
}
