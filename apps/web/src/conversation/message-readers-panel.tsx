import { useQuery } from "@tanstack/react-query";
import { Button } from "@zang/ui";
import { LoadError } from "../components/load-error.tsx";
import { Loading } from "../components/loading.tsx";
import { formatNumber } from "../format/format-number.ts";
import { useI18n } from "../i18n/i18n-provider.tsx";
import { nameComparer } from "../lib/compare-names.ts";
import { useTRPC } from "../trpc.ts";

/** While a post's readers are on screen, students reading it show up within this long. */
const REFRESH_MS = 10_000;

/** For the class's teachers: which students have seen a post, and which not yet. */
export function MessageReadersPanel({ messageId, onClose }: { messageId: string; onClose: () => void }) {
  const { messages, locale } = useI18n();
  const text = messages.conversation.actions;
  const trpc = useTRPC();
  const readers = useQuery(trpc.messages.readers.queryOptions({ messageId }, { refetchInterval: REFRESH_MS }));

  return (
    <section className="message-readers" aria-label={text.readers}>
      {readers.isPending && <Loading />}
      {readers.isError && <LoadError title={text.readersFailed} error={readers.error} onRetry={() => void readers.refetch()} />}
      {readers.data && (
        <>
          <p className="message-readers__summary">
            {readers.data.studentCount === 0
              ? text.readersNoStudents
              : text.readersOf(formatNumber(readers.data.readCount, locale), formatNumber(readers.data.studentCount, locale))}
          </p>
          <ReaderList title={text.readersSeen} people={[...readers.data.read].sort(nameComparer(locale))} kind="seen" />
          <ReaderList title={text.readersNotYet} people={[...readers.data.unread].sort(nameComparer(locale))} kind="not-yet" />
        </>
      )}
      <Button variant="ghost" className="message-actions__button" onClick={onClose}>
        {text.readersClose}
      </Button>
    </section>
  );
}

function ReaderList({ title, people, kind }: { title: string; people: Array<{ userId: string; displayName: string }>; kind: "seen" | "not-yet" }) {
  if (people.length === 0) return null;
  return (
    <div className={`message-readers__group message-readers__group--${kind}`}>
      <h3 className="message-readers__title">{title}</h3>
      <ul className="message-readers__people">
        {people.map((person) => (
          <li key={person.userId}>
            <bdi>{person.displayName}</bdi>
          </li>
        ))}
      </ul>
    </div>
  );
}
