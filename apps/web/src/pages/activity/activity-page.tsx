import { useInfiniteQuery } from "@tanstack/react-query";
import { Button, Card, EmptyState, LinkButton, Page, Select, type SelectOption } from "@zang/ui";
import { AUDIT_ACTIONS } from "@zang/validators";
import { useState } from "react";
import type { ActivityEntry, Viewer } from "../../api-types.ts";
import { LoadError } from "../../components/load-error.tsx";
import { Loading } from "../../components/loading.tsx";
import { useI18n } from "../../i18n/i18n-provider.tsx";
import { DocumentTitle } from "../../lib/document-title.tsx";
import { trpcErrorCode } from "../../lib/trpc-error.ts";
import { routeHref } from "../../routing/route.ts";
import { useTRPC } from "../../trpc.ts";
import { ActivityEntryRow } from "./activity-entry.tsx";
import { ACTIVITY_MESSAGES } from "./activity-messages.tsx";
import "./activity.css";

type KindFilter = ActivityEntry["action"] | "all";

const PAGE_SIZE = 50;

/** School admins: the school's activity log, newest first, by kind or for one person (`personId`). */
export function ActivityPage({ viewer, personId }: { viewer: Viewer; personId?: string }) {
  const { locale } = useI18n();
  const text = ACTIVITY_MESSAGES[locale];
  const trpc = useTRPC();
  const [kind, setKind] = useState<KindFilter>("all");
  const log = useInfiniteQuery(
    trpc.audit.list.infiniteQueryOptions(
      { limit: PAGE_SIZE, userId: personId, action: kind === "all" ? undefined : kind },
      // Opened right after an act (the usual reason to look), the log must show it: re-read on every visit.
      { getNextPageParam: (page) => page.nextCursor ?? undefined, refetchOnMount: "always" },
    ),
  );
  const kinds: Array<SelectOption<KindFilter>> = [{ value: "all", label: text.allKinds }, ...AUDIT_ACTIONS.map((action) => ({ value: action, label: text.kinds[action] }))];
  const entries = log.data?.pages.flatMap((page) => page.entries) ?? [];
  const person = log.data?.pages[0]?.person ?? null;

  return (
    <Page title={text.title} description={text.description} width="wide">
      <DocumentTitle page={text.title} />
      <Card>
        <div className="activity-page__filters">
          <Select label={text.kind} value={kind} options={kinds} onValueChange={setKind} />
          {person && (
            <p className="activity-page__person">
              {text.onlyPerson(<bdi>{person.displayName}</bdi>)}{" "}
              <LinkButton variant="ghost" href={routeHref({ name: "activity" })}>
                {text.everyone}
              </LinkButton>
            </p>
          )}
        </div>
        {log.isPending && <Loading />}
        {log.isError && (
          <LoadError title={trpcErrorCode(log.error) === "NOT_FOUND" ? text.personNotFound : text.loadFailed} error={log.error} onRetry={() => void log.refetch()} />
        )}
        {log.isSuccess && entries.length === 0 && <EmptyState title={kind === "all" && !personId ? text.nothing : text.nothingMatches} />}
        {entries.length > 0 && (
          <ol className="activity-page__list">
            {entries.map((entry) => (
              <ActivityEntryRow key={entry.id} entry={entry} timeZone={viewer.school.timeZone} />
            ))}
          </ol>
        )}
        {log.hasNextPage && (
          <Button variant="secondary" isBusy={log.isFetchingNextPage} onClick={() => void log.fetchNextPage()}>
            {text.older}
          </Button>
        )}
      </Card>
    </Page>
  );
}
