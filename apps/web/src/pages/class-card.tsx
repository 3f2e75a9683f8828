import { Badge, Card } from "@zang/ui";
import type { ClassRole, ClassSummary } from "../api-types.ts";
import { formatDate } from "../format/format-date.ts";
import { formatNumber } from "../format/format-number.ts";
import { useI18n } from "../i18n/i18n-provider.tsx";
import type { Locale } from "../i18n/locales.ts";

export function ClassCard({ classGroup, timeZone }: { classGroup: ClassSummary; timeZone: string }) {
  const { locale, messages } = useI18n();
  const { name, grade, role, memberCount, createdAt } = classGroup;
  return (
    // <bdi>: class names such as "7-A" are data, and would otherwise reorder inside RTL text.
    <Card className="class-card" title={<bdi>{name}</bdi>} aside={<RoleBadge role={role} />}>
      <ul className="class-card__facts">
        {grade !== null && <li>{messages.classes.grade(localizeGrade(grade, locale))}</li>}
        <li>{messages.classes.memberCount(memberCount, formatNumber(memberCount, locale))}</li>
        <li>{messages.classes.createdOn(formatDate(createdAt, { locale, timeZone }))}</li>
      </ul>
    </Card>
  );
}

function RoleBadge({ role }: { role: ClassRole | null }) {
  const { messages } = useI18n();
  switch (role) {
    case "teacher":
      return <Badge tone="accent">{messages.classes.roles.teacher}</Badge>;
    case "student":
      return <Badge tone="success">{messages.classes.roles.student}</Badge>;
    case null:
      return <Badge>{messages.classes.roles.none}</Badge>;
  }
}

/** Grades are free text from the roster; plain numbers still get the reader's digits (۷, not 7). */
function localizeGrade(grade: string, locale: Locale): string {
  return /^\d+$/.test(grade) ? formatNumber(Number(grade), locale) : grade;
}
