// `npm run roster:import -- <folder|zip|csv> --school <code> [--dry-run] [--skip-invalid] [--reset-codes]
//   [--codes <file>] [--errors <file>] [--json]`
// Imports a roster into a school from the command line with a progress bar, prints a summary, and
// exits 0 when the import succeeded (or the dry run found nothing wrong), 1 when it was refused,
// 2 for a usage error and 3 when it failed for another reason.
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { userInfo } from "node:os";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { createDb, migrate, MIGRATIONS_DIR, resolveDatabase } from "@zang/db";
import { createImportJob, errorReportLines, runImport, wordNotice, type ImportProgress, type ImportResult } from "@zang/roster";
import cliProgress from "cli-progress";
import { readEnv } from "../env.ts";
import { failUsage, parseCliArgs, USAGE_EXIT_CODE } from "./cli-args.ts";

const USAGE = `Usage: npm run roster:import -- <folder|file.zip|file.csv> --school <code> [--dry-run] [--skip-invalid] [--reset-codes]
  --dry-run       report what would be created, updated, deactivated and rejected; change nothing
  --skip-invalid  import the valid rows even if some rows are invalid (they are listed)
  --reset-codes   new one-time codes for imported accounts that have not chosen a password yet
  --codes <file>  where to write the login-code sheet (default: login-codes-<school>-<time>.csv)
  --errors <file> where to write the error report (default: roster-errors-<school>-<time>.csv)
  --json          print the summary as one line of JSON`;

const EXIT = { succeeded: 0, refused: 1, usage: USAGE_EXIT_CODE, failed: 3 } as const;

function fail(message: string): never {
  return failUsage(message, USAGE);
}

const args = parseCliArgs(USAGE, () =>
  parseArgs({
    allowPositionals: true,
    options: {
      school: { type: "string" },
      "dry-run": { type: "boolean", default: false },
      "skip-invalid": { type: "boolean", default: false },
      "reset-codes": { type: "boolean", default: false },
      codes: { type: "string" },
      errors: { type: "string" },
      json: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  }),
);
const [inputPath, ...extra] = args.positionals;
if (!inputPath || extra.length > 0) fail(inputPath ? `Unexpected arguments: ${extra.join(" ")}` : "Name the roster folder, zip or CSV file.");
const schoolCode = args.values.school?.trim().toLowerCase();
if (!schoolCode) fail("Name the school with --school <code>.");

const env = readEnv();
const stamp = new Date().toISOString().replace(/[:.]/g, "-").slice(0, 19);
const codesPath = resolve(args.values.codes ?? `login-codes-${schoolCode}-${stamp}.csv`);
const errorsPath = resolve(args.values.errors ?? `roster-errors-${schoolCode}-${stamp}.csv`);
const dryRun = args.values["dry-run"]!;
const skipInvalid = args.values["skip-invalid"]!;
const asJson = args.values.json!;

const target = await resolveDatabase({ url: env.DATABASE_URL, ...(env.ZANG_DATA_DIR ? { dataDir: env.ZANG_DATA_DIR } : {}) });
const db = createDb({ url: target.url, poolSize: 3 });
let exitCode: number = EXIT.failed;
try {
  await migrate({ url: target.url, migrationsDir: MIGRATIONS_DIR });
  const school = await db.prisma.school.findUnique({ where: { code: schoolCode }, select: { id: true, code: true, name: true } });
  if (!school) {
    console.error(`No school with the code "${schoolCode}".`);
    exitCode = EXIT.usage;
  } else {
    const startedAt = performance.now();
    const jobId = await createImportJob({
      db,
      job: {
        schoolId: school.id,
        createdById: null,
        actor: `cli:${userInfo().username}`,
        source: "cli",
        fileName: resolve(inputPath),
        dryRun,
        skipInvalid,
        resetCodes: args.values["reset-codes"]!,
      },
    });
    const progress = createProgressDisplay({ isQuiet: asJson || !process.stderr.isTTY });
    const result = await runImport({
      db,
      jobId,
      schoolId: school.id,
      schoolCode: school.code,
      path: resolve(inputPath),
      dryRun,
      skipInvalid,
      resetCodes: args.values["reset-codes"]!,
      loginCodesPath: codesPath,
      isEmbedded: target.isEmbedded ? true : undefined,
      onProgress: progress.update,
      onInternalError: (error) => console.error(error),
    });
    progress.stop();
    const seconds = (performance.now() - startedAt) / 1000;
    if (result.errorCount > 0) await writeErrorReport(jobId);
    if (asJson) {
      const peakRssBytes = process.resourceUsage().maxRSS * 1024;
      console.log(JSON.stringify({ ...result, seconds, peakRssBytes, errorsPath: result.errorCount > 0 ? errorsPath : null }));
    }
    else printSummary(result, seconds);
    exitCode = result.status === "succeeded" ? EXIT.succeeded : result.status === "refused" ? EXIT.refused : EXIT.failed;
  }
} finally {
  await db.close();
  await target.stop();
}
process.exit(exitCode);

function createProgressDisplay({ isQuiet }: { isQuiet: boolean }) {
  const startedAt = performance.now();
  let lastPhase = "";
  const bar = isQuiet
    ? null
    : new cliProgress.SingleBar(
        { format: " {phase} |{bar}| {percentage}% | {rows} rows | {rate} rows/s | {file}", hideCursor: true, clearOnComplete: false },
        cliProgress.Presets.shades_classic,
      );
  let isStarted = false;
  return {
    update(progress: ImportProgress) {
      const seconds = Math.max((performance.now() - startedAt) / 1000, 0.001);
      const payload = { phase: progress.phase.padEnd(10), rows: progress.rowsRead.toLocaleString("en"), rate: Math.round(progress.rowsRead / seconds).toLocaleString("en"), file: progress.file ?? "" };
      if (!bar) {
        if (progress.phase !== lastPhase && !asJson) console.error(`[roster] ${progress.phase}…`);
        lastPhase = progress.phase;
        return;
      }
      const total = Math.max(progress.bytesTotal, 1);
      const value = progress.phase === "reading" ? Math.min(progress.bytesRead, total) : total;
      if (!isStarted) {
        bar.start(total, value, payload);
        isStarted = true;
      } else {
        bar.setTotal(total);
        bar.update(value, payload);
      }
    },
    stop() {
      bar?.stop();
    },
  };
}

function printSummary(result: ImportResult, seconds: number) {
  const counts = result.counts;
  const verb = result.dryRun ? "would be" : "were";
  console.log(`\nRoster import ${result.dryRun ? "(dry run) " : ""}${result.status} in ${seconds.toFixed(1)} s — job ${result.jobId}`);
  if (result.message) console.log(result.message);
  if (counts) {
    const rows = Object.values(counts.rows).reduce((sum, n) => sum + n, 0);
    console.log(`${rows.toLocaleString("en")} rows read (${Math.round(rows / seconds).toLocaleString("en")} rows/s).`);
    const label = { users: "deactivated", classes: "archived", enrollments: "removed" } as const;
    for (const kind of ["users", "classes", "enrollments"] as const) {
      const c = counts[kind];
      console.log(
        `  ${kind.padEnd(12)} ${c.created} created, ${c.updated} updated, ${c.deactivated} ${label[kind]}, ${c.unchanged} unchanged, ${c.rejected} rejected${c.ignored ? `, ${c.ignored} not used by Zang` : ""} (${verb})`,
      );
    }
    for (const notice of counts.notices) console.log(`  note: ${wordNotice(notice, "en").message}`);
  }
  if (result.errorCount > 0) console.log(`${result.errorCount} problem(s): see ${errorsPath}`);
  if (result.loginCodesPath) console.log(`${result.loginCodeCount} new login code(s): ${result.loginCodesPath} (print it, then delete it)`);
}

async function writeErrorReport(jobId: string) {
  const out = createWriteStream(errorsPath);
  let shown = 0;
  for await (const lines of errorReportLines({ db, jobId })) {
    if (!out.write(lines)) await once(out, "drain");
    if (!asJson && shown < 20) {
      for (const line of lines.replace(/^\uFEFF/, "").split("\r\n").filter(Boolean)) {
        if (line.startsWith("file,line,") || shown >= 20) continue;
        console.error(`  ${line}`);
        shown++;
      }
    }
  }
  out.end();
  await once(out, "close");
}
