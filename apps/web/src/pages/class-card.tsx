import { Badge, Card } from "@zang/ui";
import type { ClassRole, ClassSummary } from "../api-types.ts";
import { messagePreview } from "../conversation/message-preview.ts";
import { formatNumber } from "../format/format-number.ts";
import { formatUnreadCount } from "../format/format-unread.ts";
import { useI18n } from "../i18n/i18n-provider.tsx";
import type { Locale } from "../i18n/locales.ts";
import { routeHref } from "../routing/route.ts";

export function ClassCard({ classGroup }: { classGroup: ClassSummary }) {
  const { locale, messages } = useI18n();
  const { id, name, grade, role, memberCount, unreadCount } = classGroup;
  const aside = (
    <span className="class-card__badges">
      {unreadCount > 0 && <UnreadBadge count={unreadCount} />}
      <RoleBadge role={role} />
    </span>
  );
  return (
    <Card
      className="class-card"
      // <bdi>: class names such as "7-A" are data, and would otherwise reorder inside RTL text.
      // The link covers the whole card (see app.css), so the card is one big target.
      title={
        <a className="class-card__link" href={routeHref({ name: "class", classId: id })}>
          <bdi>{name}</bdi>
        </a>
      }
      aside={aside}
    >
      <LastMessage lastMessage={classGroup.lastMessage} />
      <ul className="class-card__facts">
        {grade !== null && <li>{messages.classes.grade(localizeGrade(grade, locale))}</li>}
        <li>{messages.classes.memberCount(memberCount, formatNumber(memberCount, locale))}</li>
      </ul>
    </Card>
  );
}

function UnreadBadge({ count }: { count: number }) {
  const { locale, messages } = useI18n();
  const formatted = formatUnreadCount(count, locale);
  return (
    <Badge tone="warning" className="class-card__unread">
      <span aria-hidden="true">{formatted}</span>
      <span className="zang-visually-hidden">{messages.classes.unread(count, formatted)}</span>
    </Badge>
  );
}

function LastMessage({ lastMessage }: { lastMessage: ClassSummary["lastMessage"] }) {
  const { locale, messages } = useI18n();
  if (!lastMessage) return <p className="class-card__last class-card__last--empty">{messages.classes.noMessages}</p>;
  if (lastMessage.isDeleted) return <p className="class-card__last class-card__last--empty">{messages.classes.deletedMessage}</p>;
  return (
    <p className="class-card__last">
      <bdi className="class-card__last-author">{lastMessage.authorName}</bdi>
      {": "}
      <span dir="auto">{messagePreview({ body: lastMessage.body, fileCount: lastMessage.attachmentCount }, { messages, locale })}</span>
    </p>
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
