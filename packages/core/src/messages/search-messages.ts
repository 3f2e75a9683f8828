import type { Db } from "@zang/db";
import { requiredCharacters, searchPattern, type TSearchMessagesInput } from "@zang/validators";
import type { ClassAccess } from "../classes/class-access.ts";
import type { Message } from "./message.ts";
import { MESSAGE_COLUMNS, MESSAGE_JOINS, toMessage, type MessageRow } from "./message-sql.ts";

/**
 * Messages one search reads at most, newest first from where it starts. A class's history is
 * walked on its (classId, seq) index, so a search costs the same in a table of billions of rows
 * as in a small one; a class with more history than this is searched a window at a time.
 */
export const SEARCH_WINDOW = 20_000;

export type MessageSearchResult = {
  messages: Message[];
  /** Where to go on (the next search's `cursor`: a seq to search before), or null when nothing older is left to search. */
  nextCursor: number | null;
};

/**
 * The class's live messages containing `query`, newest first, compared as `searchableText` folds
 * them (Persian and Arabic letter forms, digits, zero-width non-joiners, case and runs of white
 * space do not matter). Deleted messages are not found. At most `limit` messages, from the
 * `window` messages before `cursor`.
 */
export async function searchMessages({ db, access, input, window = SEARCH_WINDOW }: { db: Db; access: ClassAccess; input: TSearchMessagesInput; window?: number }): Promise<MessageSearchResult> {
  type Row = { scanned: number; oldest: string | null } & (MessageRow | { id: null });
  // A plain substring test per character every match must contain turns most messages away
  // before the pattern runs (searches that read far got four to five times faster: bench:search).
  const required = requiredCharacters(input.query);
  const requiredTests = required.map((_, index) => `AND strpos(m.body, $${6 + index}) > 0`).join(" ");
  const { rows } = await db.pool.query<Row>(
    // The window's bounds come from the index alone; the match then walks the window newest
    // first and stops as soon as the page is full.
    `WITH bounds AS (
       SELECT count(*)::int AS scanned, min(seq) AS oldest FROM (
         SELECT seq FROM "Message" WHERE "classId" = $1 AND ($2::bigint IS NULL OR seq < $2) ORDER BY seq DESC LIMIT $5
       ) window_seqs
     ), hits AS (
       SELECT m.seq FROM "Message" m, bounds
       WHERE m."classId" = $1 AND ($2::bigint IS NULL OR m.seq < $2) AND m.seq >= bounds.oldest
         AND m."deletedAt" IS NULL ${requiredTests} AND m.body ~* $3
       ORDER BY m.seq DESC LIMIT $4
     )
     SELECT bounds.scanned, bounds.oldest::text, found.*
     FROM bounds LEFT JOIN LATERAL (
       SELECT ${MESSAGE_COLUMNS} FROM hits h JOIN "Message" m ON m."classId" = $1 AND m.seq = h.seq ${MESSAGE_JOINS}
     ) found ON true
     ORDER BY found.seq DESC`,
    [access.classId, input.cursor ?? null, searchPattern(input.query), input.limit + 1, window, ...required],
  );
  const found = rows.filter((row): row is Row & MessageRow => row.id !== null);
  const messages = found.slice(0, input.limit).map(toMessage);
  const { scanned, oldest } = rows[0]!;
  let nextCursor: number | null = null;
  if (found.length > input.limit) nextCursor = messages.at(-1)!.seq;
  // A full window read: there may be older messages to search.
  else if (scanned === window) nextCursor = Number(oldest);
  return { messages, nextCursor };
}
