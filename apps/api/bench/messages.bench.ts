// `npm run bench:messages`: live delivery and send throughput of class messaging against the real
// PostgreSQL and Redis, on a fresh database that is dropped afterwards (or against an API already
// running, see support/bench-target.ts). Ends with one JSON line.
import { availableParallelism } from "node:os";
import { Redis } from "ioredis";
import { BENCH_PASSWORD, BENCH_TEACHER } from "./support/bench-school.ts";
import { prepareBenchTarget, redact } from "./support/bench-target.ts";
import { createCleanup } from "./support/cleanup.ts";
import { measureLiveDelivery } from "./support/live-delivery.ts";
import { readOptions } from "./support/options.ts";
import { watchProcessMemory } from "./support/process-stats.ts";
import { compareSendThroughput } from "./support/send-throughput.ts";
import { formatMs, round } from "./support/stats.ts";
import { keepAliveAgent, mutate } from "./support/trpc-http.ts";

/** The issue's targets for a 2-core machine. */
const TARGET_P99_MS = 100;
const TARGET_RATIO = 0.25;

const options = readOptions(
  {
    subscribers: { env: "BENCH_SUBSCRIBERS", default: 1000, help: "SSE subscribers on the class" },
    rate: { env: "BENCH_RATE", default: 200, help: "messages per second in the live phase" },
    seconds: { env: "BENCH_SECONDS", default: 10, help: "length of the measured live phase (0: skip it)" },
    "warmup-seconds": { env: "BENCH_WARMUP_SECONDS", default: 2, help: "steady sending before the measured live phase, checked for loss but not timed" },
    "drain-seconds": { env: "BENCH_DRAIN_SECONDS", default: 60, help: "after the last send starts, wait this long for answers, then as long again for deliveries" },
    "burst-seconds": { env: "BENCH_BURST_SECONDS", default: 6, help: "time for each of the two throughput loads (API sends, raw inserts)" },
    "burst-rounds": { env: "BENCH_BURST_ROUNDS", default: 3, help: "rounds the two throughput loads alternate in" },
    concurrency: { env: "BENCH_CONCURRENCY", default: 16, help: "requests in flight in the throughput phases" },
    "burst-classes": { env: "BENCH_BURST_CLASSES", default: 1, help: "classes the API throughput phase spreads its sends over" },
    threads: { env: "BENCH_SUBSCRIBER_THREADS", default: 1, help: "worker threads holding the subscribers (one keeps up with 200,000 events/s and leaves the API a core)" },
    "cpu-prof": { env: "BENCH_CPU_PROF", default: "", help: "directory for a CPU profile of the API process" },
    "database-url": { env: "DATABASE_URL", default: "postgresql://postgres@127.0.0.1:5432/postgres", help: "PostgreSQL server (a fresh database is created on it); with --api-url, that API's own database" },
    "redis-url": { env: "REDIS_URL", default: "redis://127.0.0.1:6379", help: "Redis for the API's event bus (not used with --api-url)" },
    "api-url": { env: "BENCH_API_URL", default: "", help: "an API already running, e.g. on another machine: only the clients run here, the bench school goes into --database-url for the run; API CPU and memory are not measured" },
  },
  { usage: "npm run bench:messages -- [options]" },
);
const log = (line: string) => console.log(line);
const cleanup = createCleanup();
let exitCode = 0;

try {
  if (!options["api-url"]) await checkRedis(options["redis-url"]);
  log(`bench:messages — ${options.subscribers} subscribers, ${options.rate} sends/s for ${options.seconds} s`);
  const { db, school, schoolCode, api } = await prepareBenchTarget({
    databaseUrl: options["database-url"],
    redisUrl: options["redis-url"],
    apiUrl: options["api-url"],
    students: options.subscribers,
    burstClasses: Math.max(1, options["burst-classes"]),
    poolSize: Math.max(4, options.concurrency),
    cpuProfileDir: options["cpu-prof"],
    cleanup,
    log,
  });
  const memory = api.pid === null ? null : watchProcessMemory(api.pid);
  if (memory) {
    cleanup.add(() => memory.stop());
    log(`  API pid ${api.pid} at ${api.url}, ${round(memory.currentMb())} MB resident`);
  }
  const { token } = await mutate<{ token: string }>({
    baseUrl: api.url,
    path: "auth.login",
    agent: keepAliveAgent(1),
    input: { schoolCode, username: BENCH_TEACHER, password: BENCH_PASSWORD },
  }).catch((error: Error) => {
    throw new Error(`could not sign in to the API at ${api.url} as the bench's teacher (with --api-url, is --database-url that API's database?): ${error.message}`);
  });

  // Throughput first, on an idle API: after an overloaded live phase the API may still be
  // working through its backlog for a long time.
  log(`send throughput, ${options.concurrency} in flight${school.burstClassIds.length > 1 ? `, API sends over ${school.burstClassIds.length} classes` : ""}:`);
  const comparison = await compareSendThroughput({
    db,
    apiUrl: api.url,
    apiPid: api.pid,
    token,
    classIds: school.burstClassIds,
    raw: { schoolId: school.schoolId, classId: school.rawClassId, authorId: school.teacherId },
    concurrency: options.concurrency,
    seconds: options["burst-seconds"],
    rounds: options["burst-rounds"],
  });
  const { api: sends, raw } = comparison;
  log(`  API messages.send: ${round(sends.perSecond)}/s (${sends.completed} in ${Math.round(sends.elapsedMs)} ms, ${sends.failed} failed${sends.firstError ? `: ${sends.firstError}` : ""}; API CPU ${ifMeasured(sends.apiCpuMsPerSend, (ms) => `${round(ms, 2)} ms per send`)})`);
  log(`  plain pg INSERT:   ${round(raw.perSecond)}/s (${raw.completed} in ${Math.round(raw.elapsedMs)} ms, ${raw.failed} failed${raw.firstError ? `: ${raw.firstError}` : ""})`);
  log(`  ratio by round:    ${comparison.roundRatios.map((ratio) => `${round(ratio * 100)} %`).join(", ")}`);
  const throughputRssMb = memory?.peakMb() ?? Number.NaN;

  const runLive = options.seconds > 0 && options.subscribers > 0 && options.rate > 0;
  if (runLive) log("live delivery:");
  const live = !runLive ? null : await measureLiveDelivery({
    db,
    apiUrl: api.url,
    apiPid: api.pid,
    classId: school.liveClassId,
    senderToken: token,
    subscriberTokens: school.studentTokens,
    rate: options.rate,
    seconds: options.seconds,
    warmupSeconds: options["warmup-seconds"],
    drainSeconds: options["drain-seconds"],
    threads: options.threads,
    log,
  });
  const peakRssMb = memory?.peakMb() ?? Number.NaN;
  const ratio = sends.perSecond / raw.perSecond;

  const internalErrors = api.output().split("\n").filter((line) => line.includes("internal error"));
  // Percentiles leave out what never arrived or was never answered, which would be the slowest.
  const latencyIsLowerBound = live !== null && live.lost + live.sendsUnanswered > 0;
  const liveMet = live !== null && live.p99 < TARGET_P99_MS && live.lost === 0 && live.duplicates === 0 && live.sendFailures + live.sendsUnanswered === 0;
  log("summary:");
  if (live) {
    const cores = (cpuMs: number) => ifMeasured(cpuMs, (ms) => `${round(ms / live.cpuSpanMs, 2)}`, "n/a");
    log(`  delivered        ${live.delivered.toLocaleString("en")} of ${live.expected.toLocaleString("en")} (lost ${live.lost}, duplicates ${live.duplicates}, unexpected events ${live.foreign}, streams ended ${live.streamsEnded}; drained in ${Math.round(live.drainMs)} ms)
  latency          p50 ${formatMs(live.p50)}, p99 ${formatMs(live.p99)}, max ${formatMs(live.max)}${latencyIsLowerBound ? " (lower bounds: missing deliveries count as arriving at the cut-off, unanswered sends are left out)" : ""}
  p99 per second   ${live.p99BySecond.map((value) => Math.round(value)).join(" ")} ms (by the second the message was sent in; the first ${options["warmup-seconds"]} are the warm-up)
  slowest answer   ${live.sendMaxBySecond.map((value) => Math.round(value)).join(" ")} ms (per second likewise: a spike here too is the API or the database)
  sender           issued ${round(live.issuedRate)}/s (timer lag max ${formatMs(live.senderMaxLagMs)}), API completed ${round(live.completedRate)}/s, ${live.sendFailures} failed, ${live.sendsUnanswered} unanswered
  send answered    p50 ${formatMs(live.sendP50)}, p99 ${formatMs(live.sendP99)} (the API's part of the latency: request to answer)
  API CPU          ${ifMeasured(live.apiCpuCores, (busy) => `${round(busy, 2)} cores busy from the first send until drained (${round(live.apiCpuMs / live.delivered, 3)} ms per delivery, sends included)`)}
  machine          ${cores(live.apiCpuMs)} API + ${cores(live.dbCpuMs)} PostgreSQL + ${cores(live.benchCpuMs)} this benchmark (sender and subscribers) of ${availableParallelism()} cores here${Number.isFinite(live.apiCpuMs + live.dbCpuMs) ? "" : " (n/a: not on this machine)"}
  database         ${round(live.dbActivity.commits / live.sent)} statements per send, ${ifMeasured(live.dbCpuMs / live.sent, (ms) => `${round(ms, 2)} ms of PostgreSQL CPU per send`, "PostgreSQL's CPU not measured (on another machine)")}; ${live.dbActivity.changeFeedReads.toLocaleString("en")} change-feed reads by subscriber streams (${round(live.dbActivity.changeFeedReads / live.sent)} per send)`);
  }
  log(`  send throughput  ${round(sends.perSecond)}/s via the API vs ${round(raw.perSecond)}/s plain inserts = ${round(ratio * 100)} %
  API memory       ${ifMeasured(peakRssMb, (mb) => `peak ${round(mb)} MB resident (${round(throughputRssMb)} MB before the live phase)`)}${internalErrors.length ? `\n  API errors       ${internalErrors.length}, first: ${internalErrors[0]}` : ""}
  targets          ${live ? `p99 < ${TARGET_P99_MS} ms at ${options.rate}/s to ${options.subscribers} with nothing lost: ${liveMet ? "met" : "NOT met"}; ` : ""}send rate >= ${TARGET_RATIO * 100} % of plain inserts: ${ratio >= TARGET_RATIO ? "met" : "NOT met"}`);
  if (live && (live.lost > 0 || live.duplicates > 0 || live.sendFailures + live.sendsUnanswered > 0)) exitCode = 1;

  await cleanup.run(); // stop the API (writing its CPU profile) before the final line
  if (options["cpu-prof"]) log(`  CPU profile of the API written to ${options["cpu-prof"]}`);
  console.log(
    JSON.stringify({
      bench: "messages",
      subscribers: live?.subscribers ?? 0,
      subscriber_threads: live?.threads ?? 0,
      target_rate: options.rate,
      completed_rate: live ? round(live.completedRate) : null,
      seconds: options.seconds,
      sent: live?.sent ?? 0,
      warmup_sends: live?.warmupSends ?? 0,
      send_failures: live ? live.sendFailures + live.sendsUnanswered : 0,
      delivered: live?.delivered ?? 0,
      lost: live?.lost ?? 0,
      duplicates: live?.duplicates ?? 0,
      p50_ms: live ? round(live.p50, 2) : null,
      p99_ms: live ? round(live.p99, 2) : null,
      max_ms: live ? round(live.max, 2) : null,
      send_p50_ms: live ? round(live.sendP50, 2) : null,
      send_p99_ms: live ? round(live.sendP99, 2) : null,
      latency_is_lower_bound: latencyIsLowerBound,
      sends_per_s: round(sends.perSecond),
      raw_inserts_per_s: round(raw.perSecond),
      ratio_to_raw_insert: round(ratio, 3),
      ratio_by_round: comparison.roundRatios.map((value) => round(value, 3)),
      api_peak_rss_mb: round(peakRssMb),
      // CPU time per unit of work varies less than rates on a shared machine.
      api_cpu_ms_per_send: round(sends.apiCpuMsPerSend, 2),
      api_cpu_ms_per_delivery: live ? round(live.apiCpuMs / live.delivered, 3) : null,
      db_cpu_ms_per_send: live ? round(live.dbCpuMs / live.sent, 2) : null,
      bench_cpu_cores: live ? round(live.benchCpuMs / live.cpuSpanMs, 2) : null,
    }),
  );
} catch (error) {
  console.error(`bench:messages failed: ${(error as Error).stack ?? error}`);
  exitCode = 1;
} finally {
  await cleanup.run();
}
process.exit(exitCode);

/** A figure of a process on another machine is NaN: say so instead of printing it. */
function ifMeasured(value: number, show: (value: number) => string, otherwise = "not measured (the API runs elsewhere)"): string {
  return Number.isFinite(value) ? show(value) : otherwise;
}

async function checkRedis(url: string): Promise<void> {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    throw new Error(`Redis at ${redact(url)} does not answer: ${(error as Error).message}`);
  } finally {
    redis.disconnect();
  }
}
