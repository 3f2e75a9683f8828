import { useQuery } from "@tanstack/react-query";
import { EmptyState, Page } from "@zang/ui";
import type { Viewer } from "../api-types.ts";
import { LoadError } from "../components/load-error.tsx";
import { Loading } from "../components/loading.tsx";
import { useI18n } from "../i18n/i18n-provider.tsx";
import { useTRPC } from "../trpc.ts";
import { ClassCard } from "./class-card.tsx";

export function ClassesPage({ viewer }: { viewer: Viewer }) {
  const { messages } = useI18n();
  const trpc = useTRPC();
  const classes = useQuery(trpc.classes.list.queryOptions());
  return (
    <Page title={messages.classes.title}>
      {classes.isPending ? (
        <Loading />
      ) : classes.isError ? (
        <LoadError title={messages.classes.loadFailed} error={classes.error} onRetry={() => void classes.refetch()} />
      ) : classes.data.length === 0 ? (
        <EmptyState title={messages.classes.emptyTitle} description={messages.classes.emptyDescription} />
      ) : (
        <ul className="class-list">
          {classes.data.map((classGroup) => (
            <li key={classGroup.id}>
              <ClassCard classGroup={classGroup} timeZone={viewer.school.timeZone} />
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}
