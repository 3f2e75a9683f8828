// Runs one import job from start to end on a connection of its own:
//
//   reading     files → encoding → CSV → row checks → staging tables (COPY, or INSERT on PGlite)
//   validating  cross-row checks in SQL                          ┐ one transaction, under the
//   merging     users, codes, classes, enrollments (set-based)   │ school's roster lock: killed
//   codes       the login-code sheet, from a cursor              │ at any moment, the school is
//   done        errors and counts recorded with the job          ┘ as before or as after
//
// A dry run does everything up to the merge's end, then rolls the merge back. A refused import
// (a file-level problem, or invalid rows without skipInvalid) commits only its report.
import { createWriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { once } from "node:events";
import { csvLine, insertAuditEntry, UTF8_BOM, type RosterImportSummary } from "@zang/core";
import { isEmbeddedServer, type Db } from "@zang/db";
import { readRoster, type ReadResult } from "../input/read-roster.ts";
import { RosterInputError } from "../input/roster-input-error.ts";
import { openRosterSource } from "../input/roster-source.ts";
import { applyRoster, loginCodesTable, stagingCounts, type ImportCounts, type KindCounts } from "../merge/apply.ts";
import { sqlRunner, type Sql } from "../merge/sql-runner.ts";
import { validateStaging } from "../merge/validate.ts";
import { createStagingLoader } from "../staging/staging-loader.ts";
import { createStagingTables, dropStagingSql, stagingTables, type StagingKind } from "../staging/staging-tables.ts";
import { createProgressWriter, finishJobParams, finishJobSql, importLockKey, markInterruptedJobs, ROSTER_LOCK_SQL, type FinishedJob } from "./import-jobs.ts";

export type ImportPhase = "reading" | "validating" | "merging" | "codes" | "done";

export type ImportProgress = {
  phase: ImportPhase;
  /** The file being read, during "reading". */
  file: string | null;
  rowsRead: number;
  bytesRead: number;
  bytesTotal: number;
};

export type ImportResult = FinishedJob & { jobId: string; dryRun: boolean; loginCodesPath: string | null };

export type RunImportOptions = {
  db: Db;
  jobId: string;
  schoolId: string;
  schoolCode: string;
  /** File or folder to read. */
  path: string;
  /** The name people know the file by (an upload is stored under another name). */
  displayName?: string;
  dryRun: boolean;
  skipInvalid: boolean;
  resetCodes: boolean;
  /** Where to write the login-code sheet (CSV); only when the import creates or resets accounts. */
  loginCodesPath: string;
  /**
   * Called when the import has done all but commit (a dry run and a refusal too), with the written
   * login-code sheet if there is one. If it throws, the import fails and changes nothing: no
   * account may get a code that nobody can read.
   */
  beforeCommit?: (done: { loginCodesSheet: string | null }) => Promise<void>;
  /** The embedded PGlite cannot take COPY; detected from the server when not given. */
  isEmbedded?: boolean;
  onProgress?: (progress: ImportProgress) => void;
  /** For diagnostics of failures that are not the input's fault. */
  onInternalError?: (error: unknown) => void;
};

type JobOwner = { createdById: string | null; fileName: string };

const SHEET_FETCH_ROWS = 5000;
const INTERNAL_FAILURE = "The import failed because of a problem on the server. Nothing was changed; try again later.";

export async function runImport(options: RunImportOptions): Promise<ImportResult> {
  const { db, jobId, schoolId } = options;
  const client = await db.pool.connect();
  let isClientBroken = false;
  const sql = sqlRunner(client);
  const tables = stagingTables(jobId);
  const progressWriter = createProgressWriter({ db, jobId });
  const progress: ImportProgress = { phase: "reading", file: null, rowsRead: 0, bytesRead: 0, bytesTotal: 0 };
  const report = (change: Partial<ImportProgress>, force = false) => {
    Object.assign(progress, change);
    options.onProgress?.({ ...progress });
    progressWriter.report({ phase: progress.phase, rowsRead: progress.rowsRead, bytesRead: progress.bytesRead, bytesTotal: progress.bytesTotal || null }, { force });
  };
  const sheetPartial = `${options.loginCodesPath}.partial`;
  let isEmbedded = options.isEmbedded ?? false;
  let inTransaction = false;
  let finished: FinishedJob;
  try {
    isEmbedded = options.isEmbedded === true || (await isEmbeddedServer(db.pool));
    const {
      rows: [job],
    } = await db.pool.query<JobOwner>(
      `UPDATE "RosterImportJob" SET status = 'running', phase = 'reading', "startedAt" = now(), "heartbeatAt" = now() WHERE id = $1 RETURNING "createdById", "fileName"`,
      [jobId],
    );
    if (!job) throw new Error(`Roster import job ${jobId} does not exist.`);
    await claimSchool({ sql, db, schoolId, jobId, isEmbedded });
    if (!isEmbedded) {
      // This connection's own session: room for big temporary tables and hash joins.
      await sql(`SET temp_buffers = '256MB'`).catch(() => {});
      await sql(`SET work_mem = '256MB'`);
    }
    for (const statement of createStagingTables(tables)) await sql(statement);
    report({ phase: "reading" }, true);

    let read: ReadResult;
    const source = await openRosterSource({ path: options.path, ...(options.displayName ? { displayName: options.displayName } : {}) });
    try {
      read = await readRoster({
        source,
        tables,
        loader: createStagingLoader({ client, isEmbedded }),
        onProgress: ({ file, rowsRead, bytesRead, bytesTotal }) => report({ file, rowsRead, bytesRead, bytesTotal }),
      });
    } finally {
      await source.close();
    }

    report({ phase: "validating", file: null }, true);
    await sql("BEGIN");
    inTransaction = true;
    await sql(`SELECT pg_advisory_xact_lock(${ROSTER_LOCK_SQL})`, [schoolId]);
    const files = fileNames(read);
    await validateStaging({ sql, tables, schoolId, format: read.format, modes: read.modes, files });
    const [{ problems } = { problems: 0 }] = await sql<{ problems: number }>(`SELECT count(*)::int AS problems FROM ${tables.problems}`);
    const staged = await stagingCounts(sql, tables);

    if (problems > 0 && !options.skipInvalid) {
      finished = {
        status: "refused",
        format: read.format,
        counts: { ...emptyMerge(staged), notices: read.notices, rows: read.rows },
        errorCount: problems,
        loginCodeCount: 0,
        message: `${problems} problem${problems === 1 ? "" : "s"} found; nothing was imported. Fix the rows listed in the error report, or import again skipping invalid rows.`,
      };
    } else {
      report({ phase: "merging" }, true);
      if (options.dryRun) await sql("SAVEPOINT dry_run");
      const merged = await applyRoster({ sql, tables, schoolId, modes: read.modes, resetCodes: options.resetCodes });
      for (const kind of ["users", "classes", "enrollments"] as const) {
        merged[kind].rejected = staged[kind].rejected;
        merged[kind].ignored = staged[kind].ignored;
      }
      if (options.dryRun) {
        await sql("ROLLBACK TO SAVEPOINT dry_run");
      } else if (merged.loginCodes > 0) {
        report({ phase: "codes" }, true);
        await writeLoginCodeSheet({ sql, tables: loginCodesTable(tables), schoolId, schoolCode: options.schoolCode, path: sheetPartial });
      }
      finished = {
        status: "succeeded",
        format: read.format,
        counts: { ...merged, notices: read.notices, rows: read.rows },
        errorCount: problems,
        loginCodeCount: options.dryRun ? 0 : merged.loginCodes,
        message: options.dryRun ? "Dry run: nothing was changed." : null,
      };
    }
    await sql(
      `INSERT INTO "RosterImportError" ("jobId", file, line, "column", code, args)
       SELECT $1, file, line, col, code, args FROM ${tables.problems} ORDER BY file, line, col`,
      [jobId],
    );
    if (finished.status === "succeeded" && !options.dryRun) await insertAuditEntry(client, importAuditRecord({ schoolId, jobId, job, counts: finished.counts! }));
    await options.beforeCommit?.({ loginCodesSheet: finished.loginCodeCount > 0 ? sheetPartial : null });
    await sql(finishJobSql(), finishJobParams(jobId, finished));
    await sql("COMMIT");
    inTransaction = false;
    if (finished.loginCodeCount > 0) await rename(sheetPartial, options.loginCodesPath);
  } catch (error) {
    if (inTransaction) await sql("ROLLBACK").catch(() => (isClientBroken = true));
    await rm(sheetPartial, { force: true });
    const refusal = error instanceof RosterInputError;
    if (!refusal) options.onInternalError?.(error);
    finished = {
      status: refusal ? "refused" : "failed",
      format: null,
      counts: null,
      errorCount: refusal ? 1 : 0,
      loginCodeCount: 0,
      message: refusal ? error.message : INTERNAL_FAILURE,
    };
    await db.pool.query(finishJobSql(), finishJobParams(jobId, finished));
    if (refusal) {
      await db.pool.query(`INSERT INTO "RosterImportError" ("jobId", file, line, "column", code, args, message) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
        jobId,
        error.file,
        error.line,
        error.column,
        error.code,
        error.args,
        error.message,
      ]);
    }
  } finally {
    await progressWriter.settle();
    await sql(dropStagingSql(tables)).catch(() => (isClientBroken = true));
    // On a real server the session is closed rather than returned: its settings and advisory lock
    // go with it. PGlite has one shared session, where the tables had to be dropped by name.
    client.release(isClientBroken || !isEmbedded);
  }
  report({ phase: "done", file: null }, false);
  return {
    ...finished,
    jobId,
    dryRun: options.dryRun,
    loginCodesPath: finished.loginCodeCount > 0 ? options.loginCodesPath : null,
  };
}

/**
 * One import per school at a time. On a real server the session-level advisory lock proves it
 * (and a job still marked running without the lock was killed); PGlite serves every connection
 * from one session, where the lock proves nothing, so stale heartbeats decide there.
 */
async function claimSchool({ sql, db, schoolId, jobId, isEmbedded }: { sql: Sql; db: Db; schoolId: string; jobId: string; isEmbedded: boolean }): Promise<void> {
  if (isEmbedded) {
    await markInterruptedJobs({ db, schoolId, exceptJobId: jobId, isCertain: false });
    return;
  }
  const [row] = await sql<{ locked: boolean }>(`SELECT pg_try_advisory_lock(${ROSTER_LOCK_SQL}) AS locked`, [importLockKey(schoolId)]);
  if (!row?.locked) throw new RosterInputError({ file: "", code: "importRunning" });
  await markInterruptedJobs({ db, schoolId, exceptJobId: jobId, isCertain: true });
}

function fileNames(read: ReadResult): Record<StagingKind, string> {
  const simpleFile = read.format === "simple" ? Object.keys(read.rows)[0] ?? "roster.csv" : "";
  return {
    users: simpleFile || "users.csv",
    classes: simpleFile || "classes.csv",
    enrollments: simpleFile || "enrollments.csv",
    orgs: "orgs.csv",
    courses: "courses.csv",
    academicSessions: "academicSessions.csv",
    simple: simpleFile,
  };
}

function emptyMerge(staged: Awaited<ReturnType<typeof stagingCounts>>): ImportCounts {
  return { ...staged, loginCodes: 0 };
}

/** The printable sheet: school code, username, name, role, first class, code — sorted by class. */
async function writeLoginCodeSheet({ sql, tables: codes, schoolId, schoolCode, path }: { sql: Sql; tables: string; schoolId: string; schoolCode: string; path: string }): Promise<void> {
  const out = createWriteStream(path, { mode: 0o600 });
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, "drain");
  };
  try {
    await write(UTF8_BOM + csvLine(["schoolCode", "username", "name", "role", "class", "loginCode"]));
    await sql(
      `DECLARE roster_sheet NO SCROLL CURSOR FOR
       SELECT u.username, u."displayName" AS name, u.role::text AS role, cls.name AS class_name, c.code
       FROM ${codes} c JOIN "User" u ON u.id = c.user_id
       LEFT JOIN (SELECT m."userId", min(g.name) AS name FROM "Membership" m JOIN "ClassGroup" g ON g.id = m."classId"
                  WHERE m."schoolId" = $1 GROUP BY m."userId") cls ON cls."userId" = u.id
       ORDER BY cls.name NULLS LAST, u."familyName", u."givenName", u.username`,
      [schoolId],
    );
    for (;;) {
      const rows = await sql<{ username: string; name: string; role: string; class_name: string | null; code: string }>(`FETCH ${SHEET_FETCH_ROWS} FROM roster_sheet`);
      if (rows.length === 0) break;
      let text = "";
      for (const row of rows) text += csvLine([schoolCode, row.username, row.name, row.role, row.class_name, row.code]);
      await write(text);
    }
    await sql("CLOSE roster_sheet");
  } finally {
    out.end();
    await once(out, "close");
  }
}

/** The activity log's entry of a committed import: by the admin who started it, or on the command line. */
function importAuditRecord({ schoolId, jobId, job, counts }: { schoolId: string; jobId: string; job: JobOwner; counts: ImportCounts }) {
  const changes = (kind: KindCounts) => ({ created: kind.created, updated: kind.updated, deactivated: kind.deactivated });
  const rosterImport: RosterImportSummary = {
    jobId,
    fileName: job.fileName,
    changes: { users: changes(counts.users), classes: changes(counts.classes), enrollments: changes(counts.enrollments) },
    loginCodes: counts.loginCodes,
  };
  return {
    schoolId,
    actorId: job.createdById,
    action: "roster_imported" as const,
    details: { via: job.createdById ? ("web" as const) : ("command_line" as const), rosterImport },
  };
}
