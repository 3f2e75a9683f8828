import { useInfiniteQuery } from "@tanstack/react-query";
import { Alert, Button, TextField } from "@zang/ui";
import { MAX_SEARCH_LENGTH, MIN_SEARCH_LENGTH, searchableText } from "@zang/validators";
import { useState, type FormEvent } from "react";
import type { Message } from "../api-types.ts";
import { LoadError } from "../components/load-error.tsx";
import { Loading } from "../components/loading.tsx";
import { formatDateTime } from "../format/format-date.ts";
import { useI18n } from "../i18n/i18n-provider.tsx";
import { trpcErrorCode } from "../lib/trpc-error.ts";
import { useTRPC } from "../trpc.ts";
import { MESSAGE_SEARCH_MESSAGES } from "./message-search-messages.ts";
import { HighlightedText } from "./search-highlight.tsx";
import "./message-search.css";

const PAGE_SIZE = 20;

/**
 * Searches the class's messages, newest first, and brings the conversation to a result.
 * `onShow` answers false when the message is too far back to load.
 */
export function MessageSearch({ classId, timeZone, onShow, onClose }: { classId: string; timeZone: string; onShow: (message: Message) => Promise<boolean>; onClose: () => void }) {
  const { locale } = useI18n();
  const text = MESSAGE_SEARCH_MESSAGES[locale];
  const trpc = useTRPC();
  const [draft, setDraft] = useState("");
  const [query, setQuery] = useState("");
  const [isTooShort, setIsTooShort] = useState(false);
  const search = useInfiniteQuery(
    trpc.messages.search.infiniteQueryOptions(
      { classId, query, limit: PAGE_SIZE },
      { enabled: query !== "", getNextPageParam: (page) => page.nextCursor ?? undefined, staleTime: 30_000 },
    ),
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const tooShort = searchableText(draft).text.trim().length < MIN_SEARCH_LENGTH;
    setIsTooShort(tooShort);
    if (!tooShort) setQuery(draft.trim());
  };
  const found = search.data?.pages.flatMap((page) => page.messages) ?? [];

  return (
    <section className="message-search" aria-label={text.label}>
      <form className="message-search__form" role="search" onSubmit={submit}>
        <TextField
          label={text.label}
          type="search"
          dir="auto"
          value={draft}
          maxLength={MAX_SEARCH_LENGTH}
          placeholder={text.placeholder}
          hint={text.hint}
          error={isTooShort ? text.tooShort : undefined}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => event.key === "Escape" && onClose()}
          autoFocus
        />
        <Button type="submit">{text.submit}</Button>
        <Button variant="ghost" onClick={onClose}>
          {text.close}
        </Button>
      </form>
      {query !== "" && search.isPending && <Loading />}
      {search.isError &&
        (trpcErrorCode(search.error) === "TOO_MANY_REQUESTS" ? (
          <Alert tone="error" title={text.tooMany} />
        ) : (
          <LoadError title={text.failed} error={search.error} onRetry={() => void search.refetch()} />
        ))}
      {search.isSuccess && found.length === 0 && <p className="message-search__empty">{search.hasNextPage ? text.noMatchesYet : text.noMatches(query)}</p>}
      {found.length > 0 && (
        <ol className="message-search__results">
          {found.map((message) => (
            <SearchResult key={message.id} message={message} query={query} timeZone={timeZone} onShow={onShow} />
          ))}
        </ol>
      )}
      {search.hasNextPage && (
        <Button variant="secondary" disabled={search.isFetchingNextPage} onClick={() => void search.fetchNextPage()}>
          {text.searchOlder}
        </Button>
      )}
    </section>
  );
}

function SearchResult({ message, query, timeZone, onShow }: { message: Message; query: string; timeZone: string; onShow: (message: Message) => Promise<boolean> }) {
  const { locale } = useI18n();
  const text = MESSAGE_SEARCH_MESSAGES[locale];
  const [outcome, setOutcome] = useState<"shown" | "too-far" | "failed" | null>(null);
  const [isShowing, setIsShowing] = useState(false);
  const show = async () => {
    setIsShowing(true);
    try {
      setOutcome((await onShow(message)) ? "shown" : "too-far");
    } catch {
      setOutcome("failed");
    } finally {
      setIsShowing(false);
    }
  };
  return (
    <li className="message-search__result">
      <div className="message-search__meta">
        <bdi className="message-search__author">{message.authorName}</bdi>
        <time dateTime={message.createdAt.toISOString()}>{formatDateTime(message.createdAt, { locale, timeZone })}</time>
      </div>
      <p className="message-search__body" dir="auto">
        <HighlightedText text={message.body} query={query} />
      </p>
      <Button variant="ghost" className="message-actions__button" disabled={isShowing} onClick={() => void show()}>
        {text.show}
      </Button>
      {outcome === "too-far" && <Alert tone="info" title={text.tooFarBack} />}
      {outcome === "failed" && <Alert tone="error" title={text.showFailed} />}
    </li>
  );
}
