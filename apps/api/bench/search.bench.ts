// `npm run bench:search`: searching one busy class. Writes a history of 100,000 messages into a
// fresh database, then times messages.search's query (a folded pattern walked over the class's
// index, newest first) for searches that find a message in every one, a few spread through the
// history, a phrase typed without its half-space, and nothing at all; beside it, in the same run,
// the same searches by folding every message with translate(). Ends with one JSON line.
import { createDb } from "@zang/db";
import { createTestDatabase } from "@zang/db/testing";
import { getClassAccess, SEARCH_WINDOW, searchMessages } from "@zang/core";
import { buildTestSchool, viewerFor } from "@zang/core/testing";
import { ZSearchMessagesInput } from "@zang/validators";
import { writeClassHistory } from "./search-support/class-history.ts";
import { translateSearch } from "./search-support/translate-baseline.ts";
import { createCleanup } from "./support/cleanup.ts";
import { readOptions } from "./support/options.ts";
import { formatMs, percentile, round } from "./support/stats.ts";

const options = readOptions(
  {
    messages: { env: "BENCH_MESSAGES", default: 100_000, help: "messages in the class's history" },
    repeats: { env: "BENCH_REPEATS", default: 15, help: "timed runs of each search (after one untimed)" },
    "database-url": { env: "DATABASE_URL", default: "postgresql://postgres@127.0.0.1:5432/postgres", help: "PostgreSQL server (a fresh database is created on it); empty for embedded PGlite" },
  },
  { usage: "npm run bench:search -- [options]" },
);
const SEARCHES = [
  { name: "in every message", query: "سلام" },
  { name: "one in a thousand", query: "المپیاد ریاضی" },
  { name: "typed without half-space", query: "میخواهم بپرسم" },
  { name: "Arabic-keyboard text", query: "کتاب ریاضی" },
  { name: "found nowhere", query: "زرافه" },
];
const PAGE = 20;
const log = (line: string) => console.log(line);
const cleanup = createCleanup();
let exitCode = 0;

async function timed(run: () => Promise<number>): Promise<{ found: number; p50: number; max: number }> {
  let found = await run();
  const times = new Float64Array(options.repeats);
  for (let index = 0; index < options.repeats; index++) {
    const start = performance.now();
    found = await run();
    times[index] = performance.now() - start;
  }
  times.sort();
  return { found, p50: percentile(times, 50), max: times[times.length - 1]! };
}

try {
  log(`bench:search — one class of ${options.messages.toLocaleString("en")} messages, pages of ${PAGE}, windows of ${SEARCH_WINDOW.toLocaleString("en")}`);
  const database = await createTestDatabase({ serverUrl: options["database-url"] || undefined });
  cleanup.add(() => database.drop());
  const db = createDb({ url: database.url, poolSize: 2 });
  cleanup.add(() => db.close());
  const school = await buildTestSchool(db, "bench-search");
  const classId = school.classIds["7-A"]!;
  const started = performance.now();
  const olympiad = await writeClassHistory({ db, schoolId: school.schoolId, classId, authorIds: [school.userIds.teacher1!, school.userIds.student1!], count: options.messages });
  log(`  database ${database.isEmbedded ? "embedded PGlite" : new URL(database.url).pathname.slice(1)}: history written in ${round((performance.now() - started) / 1000)} s (${olympiad} olympiad notices)`);
  const access = await getClassAccess({ db, viewer: await viewerFor(db, school, "student1"), classId });

  const results = [];
  for (const { name, query } of SEARCHES) {
    const input = ZSearchMessagesInput.parse({ classId, query, limit: PAGE });
    const search = await timed(async () => (await searchMessages({ db, access, input })).messages.length);
    const baseline = await timed(() => translateSearch({ db, classId, query, limit: PAGE, window: SEARCH_WINDOW }));
    if (search.found !== baseline.found) throw new Error(`"${query}": the search found ${search.found}, translate() ${baseline.found}`);
    results.push({ name, query, found: search.found, p50_ms: round(search.p50, 2), max_ms: round(search.max, 2), translate_p50_ms: round(baseline.p50, 2), speedup: round(baseline.p50 / search.p50) });
    log(`  ${name.padEnd(26)} ${String(search.found).padStart(2)} found  search p50 ${formatMs(search.p50).padStart(8)} (max ${formatMs(search.max)})  translate() p50 ${formatMs(baseline.p50).padStart(8)}  ${round(baseline.p50 / search.p50)}× faster`);
  }
  const worst = Math.max(...results.map((result) => result.p50_ms));
  console.log(JSON.stringify({ bench: "search", messages: options.messages, window: SEARCH_WINDOW, page: PAGE, worst_p50_ms: worst, searches: results }));
} catch (error) {
  console.error(`bench:search failed: ${(error as Error).stack ?? error}`);
  exitCode = 1;
} finally {
  await cleanup.run();
}
process.exit(exitCode);
