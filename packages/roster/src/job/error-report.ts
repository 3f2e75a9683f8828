// The error report of a job as CSV lines (file, line, column, message), read a page at a time so
// a report of a million problems never sits in memory. Messages are in the language asked for.
import { csvLine, UTF8_BOM } from "@zang/core";
import type { Db } from "@zang/db";
import { problemText, type ProblemLocale } from "../problems/problem-catalog.ts";

const PAGE_ROWS = 5000;

export async function* errorReportLines({ db, jobId, locale = "en" }: { db: Db; jobId: string; locale?: ProblemLocale }): AsyncGenerator<string> {
  yield UTF8_BOM + csvLine(["file", "line", "column", "message"]);
  let after = -1n;
  for (;;) {
    const { rows } = await db.pool.query<{ id: string; file: string; line: number; column: string; code: string | null; args: string[]; message: string | null }>(
      `SELECT id, file, line, "column", code, args, message FROM "RosterImportError" WHERE "jobId" = $1 AND id > $2 ORDER BY id LIMIT ${PAGE_ROWS}`,
      [jobId, after.toString()],
    );
    if (rows.length === 0) return;
    yield rows.map((row) => csvLine([row.file, row.line, row.column, problemText(row, locale)])).join("");
    after = BigInt(rows.at(-1)!.id);
  }
}
