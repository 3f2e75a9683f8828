// `npm run bench:import`: generates a district roster (by default 1,000,000 students in classes of
// 30 — about 33,000 classes — 40,000 teachers and every enrollment, Persian names), imports it into
// a fresh database on the real PostgreSQL, imports it again unchanged, and — in the same run, on
// the same machine — times psql's \copy of the same rows into the same tables as the floor.
// Targets: import ≤ 4× the floor, unchanged re-import ≤ 2× the floor, peak memory < 512 MB.
// Ends with one line of JSON.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readOptions } from "./support/options.ts";
import { copyFloor, exportImportedRows } from "./import-support/copy-floor.ts";
import { freshDatabase, query, type BenchDatabase } from "./import-support/databases.ts";
import { generateRoster } from "./import-support/generate-roster.ts";
import { runImportCli } from "./import-support/run-cli.ts";

const options = readOptions(
  {
    students: { env: "BENCH_STUDENTS", default: 1_000_000, help: "students in the roster" },
    classSize: { env: "BENCH_CLASS_SIZE", default: 30, help: "students per class" },
    teachers: { env: "BENCH_TEACHERS", default: 40_000, help: "teachers in the roster" },
    database: { env: "DATABASE_URL", default: "postgresql://postgres@127.0.0.1:5432/postgres", help: "the PostgreSQL server (fresh databases are made on it)" },
    keep: { env: "BENCH_KEEP", default: false, help: "keep the generated files and databases" },
  },
  { usage: "npm run bench:import -- [options]" },
);

const TARGETS = { importRatio: 4, reimportRatio: 2, peakMemoryMb: 512 };
const workDir = await mkdtemp(join(tmpdir(), "zang-bench-import-"));
const databases: BenchDatabase[] = [];
const mb = (bytes: number) => Math.round(bytes / 1024 ** 2);
const log = (line: string) => console.log(`[bench:import] ${line}`);

try {
  log(`generating ${options.students.toLocaleString("en")} students, ${options.teachers.toLocaleString("en")} teachers, classes of ${options.classSize} …`);
  const roster = await generateRoster({ dir: join(workDir, "roster"), students: options.students, classSize: options.classSize, teachers: options.teachers });
  const inputRows = roster.users + roster.classes + roster.enrollments;
  log(`${roster.users.toLocaleString("en")} users, ${roster.classes.toLocaleString("en")} classes, ${roster.enrollments.toLocaleString("en")} enrollments (${mb(roster.bytes)} MB of CSV)`);

  const target = await freshDatabase(options.database, "import");
  databases.push(target);
  const [school] = await query<{ id: string }>(target.url, `INSERT INTO "School" (code, name) VALUES ('bench', 'ناحیه آموزشی یک') RETURNING id`);
  const importArgs = (codes: string) => [roster.dir, "--school", "bench", "--codes", join(workDir, codes)];

  log("importing into a fresh database …");
  const first = await runImportCli({ databaseUrl: target.url, args: importArgs("codes-1.csv") });
  if (first.status !== "succeeded") throw new Error(`the import did not succeed: ${first.message}`);
  log(`import: ${first.seconds.toFixed(1)} s, ${Math.round(inputRows / first.seconds).toLocaleString("en")} rows/s, peak ${mb(first.peakRssBytes)} MB, ${first.loginCodeCount.toLocaleString("en")} login codes`);

  log("importing the unchanged roster again …");
  const second = await runImportCli({ databaseUrl: target.url, args: importArgs("codes-2.csv") });
  const unchanged = JSON.stringify(second.counts).match(/"(created|updated|deactivated)":[1-9]/) === null;
  log(`re-import: ${second.seconds.toFixed(1)} s, ${Math.round(inputRows / second.seconds).toLocaleString("en")} rows/s, peak ${mb(second.peakRssBytes)} MB, ${unchanged ? "nothing changed" : "CHANGED ROWS"}`);

  log("floor: psql \\copy of the same rows into the same tables of a fresh database …");
  await exportImportedRows({ url: target.url, schoolId: school!.id, dir: workDir });
  const floorDb = await freshDatabase(options.database, "floor");
  databases.push(floorDb);
  await query(floorDb.url, `INSERT INTO "School" (id, code, name) VALUES ($1, 'bench', 'floor')`, [school!.id]);
  const floor = await copyFloor({ url: floorDb.url, dir: workDir });
  const floorRows = Number((await query<{ n: string }>(floorDb.url, `SELECT (SELECT count(*) FROM "User") + (SELECT count(*) FROM "Credential") + (SELECT count(*) FROM "ClassGroup") + (SELECT count(*) FROM "Membership") AS n`))[0]!.n);
  log(`floor: ${floor.seconds.toFixed(1)} s for ${floorRows.toLocaleString("en")} rows (${Object.entries(floor.perTable).map(([table, s]) => `${table} ${s.toFixed(1)} s`).join(", ")})`);

  const importRatio = first.seconds / floor.seconds;
  const reimportRatio = second.seconds / floor.seconds;
  const peakMb = mb(Math.max(first.peakRssBytes, second.peakRssBytes));
  const verdict = (ok: boolean) => (ok ? "met" : "MISSED");
  console.log(`
  roster            ${inputRows.toLocaleString("en")} rows in (${roster.users.toLocaleString("en")} users, ${roster.classes.toLocaleString("en")} classes, ${roster.enrollments.toLocaleString("en")} enrollments)
  import            ${first.seconds.toFixed(2)} s   ${Math.round(inputRows / first.seconds).toLocaleString("en")} rows/s   ${importRatio.toFixed(2)}× floor (target ≤ ${TARGETS.importRatio}×: ${verdict(importRatio <= TARGETS.importRatio)})
  re-import         ${second.seconds.toFixed(2)} s   ${Math.round(inputRows / second.seconds).toLocaleString("en")} rows/s   ${reimportRatio.toFixed(2)}× floor (target ≤ ${TARGETS.reimportRatio}×: ${verdict(reimportRatio <= TARGETS.reimportRatio)})
  floor (\\copy)     ${floor.seconds.toFixed(2)} s   ${Math.round(floorRows / floor.seconds).toLocaleString("en")} rows/s   ${floorRows.toLocaleString("en")} rows into User, Credential, ClassGroup, Membership
  peak memory       ${peakMb} MB (target < ${TARGETS.peakMemoryMb} MB: ${verdict(peakMb < TARGETS.peakMemoryMb)})
`);
  console.log(
    JSON.stringify({
      bench: "import",
      students: options.students,
      teachers: options.teachers,
      classes: roster.classes,
      enrollments: roster.enrollments,
      inputRows,
      importSeconds: round(first.seconds),
      importRowsPerSecond: Math.round(inputRows / first.seconds),
      reimportSeconds: round(second.seconds),
      reimportRowsPerSecond: Math.round(inputRows / second.seconds),
      reimportChangedNothing: unchanged,
      floorSeconds: round(floor.seconds),
      floorRows,
      importToFloor: round(importRatio),
      reimportToFloor: round(reimportRatio),
      peakMemoryMb: peakMb,
      targetsMet: importRatio <= TARGETS.importRatio && reimportRatio <= TARGETS.reimportRatio && peakMb < TARGETS.peakMemoryMb,
    }),
  );
} finally {
  if (!options.keep) {
    for (const database of databases) await database.drop().catch(() => {});
    await rm(workDir, { recursive: true, force: true });
  } else {
    log(`kept ${workDir} and ${databases.map((database) => database.name).join(", ")}`);
  }
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
