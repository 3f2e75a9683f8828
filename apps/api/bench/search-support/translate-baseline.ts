// The way not taken, measured beside the real search: fold every message of the window with
// translate() (built from the same table) and look for the folded query. Same window, same page.
import type { Db } from "@zang/db";
import { SEARCH_FOLDING, searchableText } from "@zang/validators";

// translate(body, from, to) replaces each character of `from` with the one at the same place in
// `to`, and drops those past its end: the ignored characters.
const FROM = SEARCH_FOLDING.folded.map(([typed]) => typed).join("") + SEARCH_FOLDING.ignored.join("");
const TO = SEARCH_FOLDING.folded.map(([, searchedAs]) => searchedAs).join("");

export async function translateSearch({ db, classId, query, limit, window }: { db: Db; classId: string; query: string; limit: number; window: number }): Promise<number> {
  const { rows } = await db.pool.query<{ seq: string }>(
    `WITH scanned AS (
       SELECT seq, body, "deletedAt" FROM "Message" WHERE "classId" = $1 ORDER BY seq DESC LIMIT $4
     )
     SELECT seq FROM scanned
     WHERE "deletedAt" IS NULL
       AND strpos(regexp_replace(lower(translate(body, $5, $6)), '\\s+', ' ', 'g'), $2) > 0
     ORDER BY seq DESC LIMIT $3`,
    [classId, searchableText(query).text.trim(), limit, window, FROM, TO],
  );
  return rows.length;
}
