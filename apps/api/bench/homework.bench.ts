// `npm run bench:homework`: the evening before a deadline. 5,000 students each upload a 100 KB PDF
// and submit it with a short answer, arriving spread over one minute from their own connections;
// some on flaky networks lose the answer to their submit and retry with the same idempotency key,
// or send it twice at once. The API runs as its own process on a fresh database (PostgreSQL by
// default, dropped afterwards) with the local file store in a temp folder. Afterwards the database
// and the store are audited: every student's work exactly once, with their own file — nothing
// lost, nothing duplicated. Target: p99 (upload + submit) under 300 ms. Ends with one JSON line.
import type { Agent } from "node:http";
import { mkdtemp, rm } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createDb } from "@zang/db";
import { createTestDatabase } from "@zang/db/testing";
import { createFileStore } from "@zang/storage";
import { buildHomeworkBenchSchool, type BenchStudent } from "./homework-support/bench-assignment.ts";
import { handIn, networkOf, type HandIn, type Network } from "./homework-support/hand-in.ts";
import { auditHandIns } from "./homework-support/verify-hand-ins.ts";
import { spawnApi } from "../src/testing/spawn-api.ts";
import { createCleanup } from "./support/cleanup.ts";
import { runSteady } from "./support/load.ts";
import { readOptions } from "./support/options.ts";
import { readProcessCpuMs, watchProcessMemory } from "./support/process-stats.ts";
import { formatMs, percentile, round } from "./support/stats.ts";
import { keepAliveAgent } from "./support/trpc-http.ts";

const options = readOptions(
  {
    students: { env: "BENCH_STUDENTS", default: 5000, help: "students handing in, one upload + one submit each" },
    "window-s": { env: "BENCH_WINDOW_S", default: 60, help: "seconds over which their arrivals are spread evenly" },
    "file-kb": { env: "BENCH_FILE_KB", default: 100, help: "size of each student's PDF, in KiB" },
    "flaky-pct": { env: "BENCH_FLAKY_PCT", default: 5, help: "percent of students on a flaky network (half lose the submit's answer and retry, half send it twice)" },
    warmup: { env: "BENCH_WARMUP", default: 200, help: "extra students who hand in to another assignment first, so a cold process is not what is measured" },
    sockets: { env: "BENCH_SOCKETS", default: 1000, help: "connections the clients may hold open at once" },
    "cpu-prof": { env: "BENCH_CPU_PROF", default: "", help: "directory for a CPU profile of the API process" },
    "database-url": { env: "DATABASE_URL", default: "postgresql://postgres@127.0.0.1:5432/postgres", help: "PostgreSQL server (a fresh database is created on it); empty for embedded PGlite" },
  },
  { usage: "npm run bench:homework -- [options]" },
);
const TARGET_P99_MS = 300;
/** How long to wait for stragglers after the last student arrived. */
const SETTLE_MS = 60_000;
const log = (line: string) => console.log(line);
const cleanup = createCleanup();
let exitCode = 0;

type Outcome = { network: Network; result: HandIn | null; error: string | null; startedAt: number; endedAt: number };

/** Every student starts on schedule whatever the API's answers (open loop); `outcomes` fills in as they finish. */
async function handInAll({ apiUrl, agent, students, assignmentId, rate, outcomes = [] }: { apiUrl: string; agent: Agent; students: BenchStudent[]; assignmentId: string; rate: number; outcomes?: Outcome[] }) {
  const startedAt = new Float64Array(students.length);
  const clock = () => performance.now();
  const steady = await runSteady({
    rate,
    count: students.length,
    clock,
    startedAt,
    settleWithinMs: SETTLE_MS,
    call: async (index) => {
      const network = networkOf(index, options["flaky-pct"]);
      const outcome: Outcome = { network, result: null, error: null, startedAt: startedAt[index]!, endedAt: Number.NaN };
      outcomes[index] = outcome;
      try {
        outcome.result = await handIn({ baseUrl: apiUrl, agent, student: students[index]!, index: index + 1, assignmentId, fileBytes: options["file-kb"] * 1024, network });
      } catch (error) {
        outcome.error = (error as Error).message;
        throw error;
      } finally {
        outcome.endedAt = clock();
      }
    },
  });
  return { steady, outcomes };
}

const sorted = (values: number[]) => Float64Array.from(values).sort();

try {
  const studentCount = options.students;
  const rate = studentCount / options["window-s"];
  log(`bench:homework — ${studentCount} students × ${options["file-kb"]} KB over ${options["window-s"]} s (${round(rate)}/s), ${options["flaky-pct"]} % on flaky networks`);
  const database = await createTestDatabase({ serverUrl: options["database-url"] || undefined });
  cleanup.add(() => database.drop());
  const db = createDb({ url: database.url, poolSize: 4 });
  cleanup.add(() => db.close());
  const school = await buildHomeworkBenchSchool({ db, students: options.warmup + studentCount });
  const warmupStudents = school.students.slice(0, options.warmup);
  const students = school.students.slice(options.warmup);
  const filesDir = await mkdtemp(join(tmpdir(), "zang-bench-homework-"));
  cleanup.add(() => rm(filesDir, { recursive: true, force: true }));
  log(`  database ${database.isEmbedded ? "embedded PGlite" : new URL(database.url).pathname.slice(1)}: one class of ${school.students.length} students with sessions; files in a temp folder`);

  const api = await spawnApi({
    env: { DATABASE_URL: database.url, ZANG_DEMO_SEED: "off", ZANG_DATA_DIR: filesDir, ZANG_FILES_DIR: join(filesDir, "files") },
    // Relative to where `npm run` was typed, not to the workspace npm switches into.
    nodeArgs: options["cpu-prof"] ? ["--cpu-prof", `--cpu-prof-dir=${resolve(process.env.INIT_CWD ?? process.cwd(), options["cpu-prof"])}`] : [],
  });
  cleanup.add(() => api.stop());
  log(`  API pid ${api.pid} at ${api.url}`);

  const agent = keepAliveAgent(options.sockets);
  cleanup.add(() => agent.destroy());
  if (warmupStudents.length > 0) {
    const warm = await handInAll({ apiUrl: api.url, agent, students: warmupStudents, assignmentId: school.warmupAssignmentId, rate: Math.max(rate, 50) });
    log(`  warm-up: ${warmupStudents.length} hand-ins, ${warm.steady.failed} failed${warm.steady.firstError ? ` (${warm.steady.firstError})` : ""}`);
  }

  const memory = watchProcessMemory(api.pid);
  cleanup.add(() => memory.stop());
  const rssBeforeMb = memory.currentMb();
  const cpuBefore = readProcessCpuMs(api.pid);
  const outcomes: Outcome[] = [];
  const finished = () => outcomes.filter((outcome) => Number.isFinite(outcome.endedAt)).length;
  const progress = setInterval(() => log(`  … ${finished()} of ${studentCount} handed in, API RSS ${Math.round(memory.currentMb())} MB`), 10_000);
  cleanup.add(() => clearInterval(progress));
  const loadBefore = loadavg()[0]!;
  log(`${studentCount} students handing in (machine load average ${round(loadBefore, 2)}):`);
  const { steady } = await handInAll({ apiUrl: api.url, agent, students, assignmentId: school.assignmentId, rate, outcomes });
  clearInterval(progress);
  const apiCpuMs = readProcessCpuMs(api.pid) - cpuBefore;
  const loadAfter = loadavg()[0]!;
  const peakMb = memory.peakMb();

  const done = outcomes.filter((outcome) => outcome?.result);
  const first = Math.min(...outcomes.map((outcome) => outcome.startedAt));
  const last = Math.max(...done.map((outcome) => outcome.endedAt));
  const throughput = (done.length / (last - first)) * 1000;
  const total = sorted(done.map((outcome) => outcome.endedAt - outcome.startedAt));
  const submitOnly = sorted(done.map((outcome) => outcome.result!.submitMs));
  const uploadOnly = sorted(done.map((outcome) => outcome.result!.uploadMs));
  const flaky = done.filter((outcome) => outcome.network !== "steady");
  const retries = outcomes.filter((outcome) => outcome.network === "lost-answer").length;
  const doubles = outcomes.filter((outcome) => outcome.network === "double-send").length;
  const resent = done.reduce((sum, outcome) => sum + outcome.result!.resent, 0);
  const badAnswers = done.filter((outcome) => outcome.result!.versions.some((version) => version !== 1)).length;
  log(`  ${done.length} handed in, ${steady.failed} failed${steady.firstError ? ` (first: ${steady.firstError})` : ""}, ${steady.unsettled} unanswered; ${round(throughput)} students/s; timer lag max ${round(steady.maxLagMs)} ms`);
  log(`  upload + submit  p50 ${formatMs(percentile(total, 50))}, p99 ${formatMs(percentile(total, 99))}, max ${formatMs(percentile(total, 100))}`);
  log(`  submit alone     p50 ${formatMs(percentile(submitOnly, 50))}, p99 ${formatMs(percentile(submitOnly, 99))}, max ${formatMs(percentile(submitOnly, 100))}`);
  log(`  upload alone     p50 ${formatMs(percentile(uploadOnly, 50))}, p99 ${formatMs(percentile(uploadOnly, 99))}`);
  log(`  flaky networks: ${retries} lost a submit's answer and retried, ${doubles} sent it twice; ${flaky.length} of them done; ${badAnswers} answers named a version other than 1; ${resent} requests resent after a kept-alive connection closed under them`);
  const internalError = api.output().split("\n").findIndex((line) => line.includes("internal error"));
  if (internalError !== -1) log(`  API log, first internal error:\n${api.output().split("\n").slice(internalError, internalError + 6).join("\n")}`);
  log(`  machine load average ${round(loadAfter, 2)} at the end (2 cores; other work on the machine inflates the latencies)`);
  log(`  API: peak RSS ${round(peakMb)} MB (${round(rssBeforeMb)} MB before), CPU ${round(apiCpuMs / Math.max(1, done.length), 2)} ms per student`);

  log("audit (database and file store):");
  const store = createFileStore({ kind: "local", rootDir: join(filesDir, "files") });
  const audit = await auditHandIns({
    db,
    store,
    schoolId: school.schoolId,
    assignmentId: school.assignmentId,
    fileBytes: options["file-kb"] * 1024,
    expected: students.map((student, index) => ({ studentId: student.id, fileId: outcomes[index]?.result?.fileId ?? null, sha256: outcomes[index]?.result?.sha256 ?? null })),
  });
  log(`  ${audit.intact} of ${studentCount} intact; lost ${audit.lost}, duplicated ${audit.duplicated}, wrong file ${audit.wrongFile}, missing objects ${audit.missingObjects}${audit.firstProblem ? `; first problem: ${audit.firstProblem}` : ""}`);

  const p99 = percentile(total, 99);
  const isCorrect = audit.intact === studentCount && audit.lost === 0 && audit.duplicated === 0 && audit.wrongFile === 0 && audit.missingObjects === 0 && badAnswers === 0 && steady.failed === 0;
  const metTarget = isCorrect && p99 < TARGET_P99_MS;
  log(`  ${isCorrect ? "nothing lost or duplicated" : "CHECKS FAILED"}; p99 ${formatMs(p99)} ${p99 < TARGET_P99_MS ? "meets" : "MISSES"} the ${TARGET_P99_MS} ms target`);
  if (!isCorrect) exitCode = 1;

  await cleanup.run();
  console.log(
    JSON.stringify({
      bench: "homework",
      database: database.isEmbedded ? "pglite" : "postgresql",
      students: studentCount,
      window_s: options["window-s"],
      file_kb: options["file-kb"],
      arrival_rate: round(rate),
      handed_in: done.length,
      failed: steady.failed,
      unanswered: steady.unsettled,
      throughput_per_s: round(throughput),
      p50_ms: round(percentile(total, 50), 2),
      p99_ms: round(p99, 2),
      max_ms: round(percentile(total, 100), 2),
      submit_p50_ms: round(percentile(submitOnly, 50), 2),
      submit_p99_ms: round(percentile(submitOnly, 99), 2),
      upload_p50_ms: round(percentile(uploadOnly, 50), 2),
      upload_p99_ms: round(percentile(uploadOnly, 99), 2),
      lost_answer_retries: retries,
      double_sends: doubles,
      resent_on_closed_connection: resent,
      lost: audit.lost,
      duplicated: audit.duplicated,
      wrong_file: audit.wrongFile,
      missing_objects: audit.missingObjects,
      api_peak_rss_mb: round(peakMb),
      api_cpu_ms_per_student: round(apiCpuMs / Math.max(1, done.length), 2),
      load_avg_1m: [round(loadBefore, 2), round(loadAfter, 2)],
      ok: isCorrect,
      target_met: metTarget,
    }),
  );
} catch (error) {
  console.error(`bench:homework failed: ${(error as Error).stack ?? error}`);
  exitCode = 1;
} finally {
  await cleanup.run();
}
process.exit(exitCode);
