import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, Button, Card } from "@zang/ui";
import { LoadError } from "../components/load-error.tsx";
import { formatDate } from "../format/format-date.ts";
import { formatNumber } from "../format/format-number.ts";
import { useI18n } from "../i18n/i18n-provider.tsx";
import { actionFailureText, sameRefusalText } from "../lib/action-failure.ts";
import { useTRPC } from "../trpc.ts";
import { CLASS_SETTINGS_MESSAGES } from "./class-settings-messages.ts";
import "./classes-admin.css";

/** For school admins, under the class list: archived classes, each a click from coming back. Nothing when there are none. */
export function ArchivedClassesCard({ timeZone }: { timeZone: string }) {
  const { messages, locale } = useI18n();
  const text = CLASS_SETTINGS_MESSAGES[locale];
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const archived = useQuery(trpc.classes.archived.queryOptions());
  const restore = useMutation(
    trpc.classes.setArchived.mutationOptions({
      onSuccess: () => Promise.all([queryClient.invalidateQueries(trpc.classes.archived.queryFilter()), queryClient.invalidateQueries(trpc.classes.list.queryFilter())]),
    }),
  );
  if (archived.isError) return <LoadError title={text.archivedLoadFailed} error={archived.error} onRetry={() => void archived.refetch()} />;
  if (!archived.data || archived.data.length === 0) return null;
  return (
    <Card title={text.archivedTitle} className="archived-classes-card">
      <p className="archived-classes-card__description">{text.archivedDescription}</p>
      {restore.isError && (
        <Alert
          tone="error"
          title={actionFailureText({ messages, error: restore.error, texts: sameRefusalText(text.restoreFailed) })}
        />
      )}
      <ul className="archived-classes-card__list">
        {archived.data.map((classGroup) => (
          <li key={classGroup.id} className="archived-classes-card__item">
            <bdi className="archived-classes-card__name">{classGroup.name}</bdi>
            <span className="archived-classes-card__meta">
              {text.archivedOn(formatDate(classGroup.archivedAt, { locale, timeZone }))} · {text.members(formatNumber(classGroup.memberCount, locale))}
            </span>
            <Button
              variant="secondary"
              isBusy={restore.isPending && restore.variables.classId === classGroup.id}
              onClick={() => restore.mutate({ classId: classGroup.id, archived: false })}
            >
              {text.restore}
            </Button>
          </li>
        ))}
      </ul>
    </Card>
  );
}
