import { useQuery, type UseQueryResult } from "@tanstack/react-query";
import { Badge, Card } from "@zang/ui";
import type { ReactNode } from "react";
import { LoadError } from "../../components/load-error.tsx";
import { formatDateTime } from "../../format/format-date.ts";
import { formatNumber } from "../../format/format-number.ts";
import { useI18n } from "../../i18n/i18n-provider.tsx";
import { isolateText } from "../../lib/isolate-text.ts";
import { routeHref } from "../../routing/route.ts";
import { useTRPC } from "../../trpc.ts";
import { deadlineState } from "./deadline.ts";
import { HOMEWORK_OVERVIEW_MESSAGES } from "./homework-overview-messages.ts";
import { useNow } from "./use-now.ts";
import "./homework-overview.css";

/**
 * Hand-ins and deadlines have no event of their own: the lists are re-read this often, on focus,
 * and whenever the class list is opened again (a student back from handing in sees it gone).
 */
const REFRESH = { refetchInterval: 60_000, refetchOnMount: "always" } as const;

/** On the class list: a student's homework still to hand in, across all their classes. */
export function DueSoonCard({ timeZone }: { timeZone: string }) {
  const { locale, messages } = useI18n();
  const text = HOMEWORK_OVERVIEW_MESSAGES[locale];
  const trpc = useTRPC();
  const now = useNow();
  const due = useQuery(trpc.homework.dueSoon.queryOptions(undefined, REFRESH));
  return (
    <OverviewCard title={text.dueTitle} empty={text.dueEmpty} query={due}>
      {(item) => {
        const isLate = deadlineState({ now, dueAt: item.dueAt, allowLateUntil: item.allowLateUntil, closedAt: null }) === "lateAccepted";
        return (
          <>
            <span className="homework-overview__when">
              {isLate && item.allowLateUntil
                ? messages.homework.lateUntil(formatDateTime(item.allowLateUntil, { locale, timeZone }))
                : messages.homework.due(formatDateTime(item.dueAt, { locale, timeZone }))}
            </span>
            {isLate && <Badge tone="warning">{messages.homework.deadline.lateAccepted}</Badge>}
          </>
        );
      }}
    </OverviewCard>
  );
}

/** On the class list: a teacher's assignments with hand-ins not graded yet, longest waiting first. */
export function ToGradeCard() {
  const { locale, messages } = useI18n();
  const text = HOMEWORK_OVERVIEW_MESSAGES[locale];
  const trpc = useTRPC();
  const toGrade = useQuery(trpc.homework.toGrade.queryOptions(undefined, REFRESH));
  return (
    <OverviewCard title={text.gradeTitle} empty={text.gradeEmpty} query={toGrade}>
      {(item) => <Badge tone="accent">{messages.homework.counts.toGrade(item.ungraded, formatNumber(item.ungraded, locale))}</Badge>}
    </OverviewCard>
  );
}

type OverviewItem = { assignmentId: string; classId: string; className: string; title: string };

/** A card of assignments, each linked by its title, with its class and what `children` adds; nothing while loading. */
function OverviewCard<TItem extends OverviewItem>({
  title,
  empty,
  query,
  children,
}: {
  title: string;
  empty: string;
  query: UseQueryResult<TItem[], unknown>;
  children: (item: TItem) => ReactNode;
}) {
  const { locale } = useI18n();
  const text = HOMEWORK_OVERVIEW_MESSAGES[locale];
  if (query.isPending) return null;
  return (
    <Card className="homework-overview" title={title}>
      {query.isError && <LoadError title={text.loadFailed} error={query.error} onRetry={() => void query.refetch()} />}
      {query.data?.length === 0 && <p className="homework-overview__empty">{empty}</p>}
      {query.data && query.data.length > 0 && (
        <ul className="homework-overview__list">
          {query.data.map((item) => (
            <li key={item.assignmentId} className="homework-overview__item">
              <a href={routeHref({ name: "assignment", classId: item.classId, assignmentId: item.assignmentId })}>
                <bdi>{item.title}</bdi>
              </a>{" "}
              <span className="homework-overview__class">{text.inClass(isolateText(item.className))}</span>
              {children(item)}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
