// `npm run bench:lessons`: a whole class at the bell. 1,000 students of one class ask for join
// tokens at the same moment, then 2,000 participant webhooks (joins and leaves, reconnects among
// them) arrive out of order, followed by replays; the attendance report must match, to the second,
// what an independent count of the same sessions gives. The API runs as its own process on a fresh
// database (PostgreSQL by default, dropped afterwards); LiveKit's room API is the local Twirp
// stand-in unless LIVEKIT_URL is set. Ends with one JSON line.
import { randomUUID } from "node:crypto";
import { resolve } from "node:path";
import { createDb } from "@zang/db";
import { createTestDatabase } from "@zang/db/testing";
import { startTestLiveKit, type WebhookFacts } from "@zang/video/testing";
import { expectedAttendance, planSessions, type ExpectedAttendance } from "./lessons-support/attendance-plan.ts";
import { buildLessonBenchClass } from "./lessons-support/bench-class.ts";
import { joinBurst } from "./lessons-support/join-burst.ts";
import { get } from "./lessons-support/trpc-query.ts";
import { deliverAll, shuffled, signAll } from "./lessons-support/webhook-delivery.ts";
import { spawnApi } from "../src/testing/spawn-api.ts";
import { createCleanup } from "./support/cleanup.ts";
import { readOptions } from "./support/options.ts";
import { readProcessCpuMs } from "./support/process-stats.ts";
import { formatMs, percentile, round } from "./support/stats.ts";
import { keepAliveAgent, mutate, query } from "./support/trpc-http.ts";

const options = readOptions(
  {
    students: { env: "BENCH_STUDENTS", default: 1000, help: "students in the class, all asking for a token at once" },
    webhooks: { env: "BENCH_WEBHOOKS", default: 2000, help: "participant webhooks (a join and a leave per session)" },
    "webhook-concurrency": { env: "BENCH_WEBHOOK_CONCURRENCY", default: 32, help: "webhook deliveries in flight" },
    replays: { env: "BENCH_REPLAYS", default: 200, help: "deliveries sent a second time afterwards" },
    warmup: { env: "BENCH_WARMUP", default: 300, help: "join requests (by the teacher) before the burst, so a cold process is not what is measured" },
    "lesson-minutes": { env: "BENCH_LESSON_MINUTES", default: 45, help: "length of the simulated lesson" },
    "cpu-prof": { env: "BENCH_CPU_PROF", default: "", help: "directory for a CPU profile of the API process" },
    "database-url": { env: "DATABASE_URL", default: "postgresql://postgres@127.0.0.1:5432/postgres", help: "PostgreSQL server (a fresh database is created on it); empty for embedded PGlite" },
  },
  { usage: "npm run bench:lessons -- [options]" },
);
const log = (line: string) => console.log(line);
const cleanup = createCleanup();
let exitCode = 0;

try {
  log(`bench:lessons — ${options.students} students, ${options.webhooks} participant webhooks`);
  const database = await createTestDatabase({ serverUrl: options["database-url"] || undefined });
  cleanup.add(() => database.drop());
  const db = createDb({ url: database.url, poolSize: 4 });
  cleanup.add(() => db.close());
  const school = await buildLessonBenchClass({ db, students: options.students });
  log(`  database ${database.isEmbedded ? "embedded PGlite" : new URL(database.url).pathname.slice(1)}: one class, ${options.students} students with sessions`);

  const livekit = await startTestLiveKit();
  cleanup.add(() => livekit.close());
  log(`  LiveKit: ${livekit.standIn ? `Twirp stand-in at ${livekit.url} (no media server)` : `real server at ${livekit.url}`}`);
  const api = await spawnApi({
    env: { DATABASE_URL: database.url, ZANG_DEMO_SEED: "off", LIVEKIT_URL: livekit.url, LIVEKIT_API_KEY: livekit.apiKey, LIVEKIT_API_SECRET: livekit.apiSecret },
    // Relative to where `npm run` was typed, not to the workspace npm switches into.
    nodeArgs: options["cpu-prof"] ? ["--cpu-prof", `--cpu-prof-dir=${resolve(process.env.INIT_CWD ?? process.cwd(), options["cpu-prof"])}`] : [],
  });
  cleanup.add(() => api.stop());
  log(`  API pid ${api.pid} at ${api.url}`);

  const teacherAgent = keepAliveAgent(2);
  const lesson = await mutate<{ id: string }>({
    baseUrl: api.url,
    path: "lessons.schedule",
    agent: teacherAgent,
    token: school.teacher.token,
    input: { classId: school.classId, title: "Bench lesson", startsAt: new Date(Date.now() + 60_000), durationMinutes: options["lesson-minutes"] },
  });
  const started = await mutate<{ startedAt: Date }>({ baseUrl: api.url, path: "lessons.start", agent: teacherAgent, token: school.teacher.token, input: { lessonId: lesson.id } });
  const { roomName: room } = await db.prisma.lesson.findUniqueOrThrow({ where: { id: lesson.id }, select: { roomName: true } });

  // A server that has been up for a while: its code paths are compiled and its pool is open.
  const warmupAgent = keepAliveAgent(16);
  for (let done = 0; done < options.warmup; done += 16) {
    const batch = Array.from({ length: Math.min(16, options.warmup - done) }, () =>
      mutate({ baseUrl: api.url, path: "lessons.join", agent: warmupAgent, token: school.teacher.token, input: { lessonId: lesson.id } }),
    );
    await Promise.all(batch);
  }
  warmupAgent.destroy();
  // Students are already in the app when the bell rings: their connections are open.
  const studentAgent = keepAliveAgent(options.students);
  await Promise.all(school.students.map(() => get({ url: `${api.url}/healthz`, agent: studentAgent })));

  log(`join tokens, ${options.students} students at once:`);
  const cpuBeforeBurst = readProcessCpuMs(api.pid);
  const burst = await joinBurst({ apiUrl: api.url, lessonId: lesson.id, room, students: school.students, agent: studentAgent, keys: livekit });
  // The API is idle while this process verifies the tokens, so this is the burst's own cost.
  const cpuPerToken = (readProcessCpuMs(api.pid) - cpuBeforeBurst) / burst.completed;
  const tokensPerSecond = (burst.completed / burst.elapsedMs) * 1000;
  const joinP50 = percentile(burst.latenciesMs, 50);
  const joinP99 = percentile(burst.latenciesMs, 99);
  const joinMax = percentile(burst.latenciesMs, 100);
  log(`  ${burst.completed} tokens in ${Math.round(burst.elapsedMs)} ms = ${round(tokensPerSecond)} tokens/s; latency p50 ${formatMs(joinP50)}, p99 ${formatMs(joinP99)}, max ${formatMs(joinMax)}`);
  log(`  API CPU ${round(cpuPerToken, 2)} ms per token (session check, one lookup, signing)`);
  log(`  ${burst.failed} failed${burst.firstError ? ` (${burst.firstError})` : ""}; ${burst.verified} verified with TokenVerifier (identity, room, listener grants)${burst.firstVerificationProblem ? `; first problem: ${burst.firstVerificationProblem}` : ""}`);
  studentAgent.destroy();

  // LiveKit's timestamps are whole seconds; the simulated lesson starts on the first whole second
  // after the real start and ends, by room_finished, `lesson-minutes` later.
  const lessonSeconds = options["lesson-minutes"] * 60;
  const base = Math.ceil(new Date(started.startedAt).getTime() / 1000) * 1000;
  const at = (second: number) => new Date(base + second * 1000);
  const sessions = planSessions({ studentIds: school.students.map((student) => student.id), sessionCount: Math.floor(options.webhooks / 2), lessonSeconds });
  const participantFacts: WebhookFacts[] = sessions.flatMap((session) => {
    const participant = { sid: session.sid, identity: session.userId, joinedAt: at(session.joinSecond) };
    return [
      { id: `EV_${randomUUID()}`, event: "participant_joined", room, at: at(session.joinSecond), participant },
      { id: `EV_${randomUUID()}`, event: "participant_left", room, at: at(session.leftSecond), participant },
    ];
  });
  const [participantDeliveries, [roomFinished]] = await Promise.all([
    signAll(livekit, participantFacts),
    signAll(livekit, [{ id: `EV_${randomUUID()}`, event: "room_finished", room, at: at(lessonSeconds) }]),
  ]);

  log(`webhooks, ${participantDeliveries.length} participant events out of order, ${options["webhook-concurrency"]} in flight:`);
  const webhookAgent = keepAliveAgent(options["webhook-concurrency"]);
  const cpuBeforeWebhooks = readProcessCpuMs(api.pid);
  const delivery = await deliverAll({ apiUrl: api.url, deliveries: shuffled(participantDeliveries, 20_301), concurrency: options["webhook-concurrency"], agent: webhookAgent });
  const cpuPerWebhook = (readProcessCpuMs(api.pid) - cpuBeforeWebhooks) / participantDeliveries.length;
  const webhooksPerSecond = (participantDeliveries.length / delivery.elapsedMs) * 1000;
  const webhookP99 = percentile(delivery.latenciesMs, 99);
  log(`  ${participantDeliveries.length} in ${Math.round(delivery.elapsedMs)} ms = ${round(webhooksPerSecond)} webhooks/s; latency p50 ${formatMs(percentile(delivery.latenciesMs, 50))}, p99 ${formatMs(webhookP99)}; API CPU ${round(cpuPerWebhook, 2)} ms per webhook`);
  log(`  outcomes ${JSON.stringify(delivery.outcomes)}, ${delivery.failed} failed${delivery.firstError ? ` (${delivery.firstError})` : ""}`);

  const finish = await deliverAll({ apiUrl: api.url, deliveries: [roomFinished!], concurrency: 1, agent: webhookAgent });
  const replayed = await deliverAll({
    apiUrl: api.url,
    deliveries: shuffled(participantDeliveries, 7).slice(0, options.replays),
    concurrency: options["webhook-concurrency"],
    agent: webhookAgent,
  });
  log(`  room_finished ${JSON.stringify(finish.outcomes)}; ${options.replays} replays ${JSON.stringify(replayed.outcomes)}`);

  log("attendance:");
  const report = await query<{
    lesson: { state: string; endedAt: Date | null };
    students: Array<{ userId: string } & ExpectedAttendance>;
  }>({ baseUrl: api.url, path: "lessons.attendance", agent: teacherAgent, token: school.teacher.token, input: { lessonId: lesson.id } });
  const expected = expectedAttendance({ sessions, base, lessonSeconds });
  const absent: ExpectedAttendance = { attendedSeconds: 0, totalMinutes: 0, sessionCount: 0, firstJoinedAt: null, lastLeftAt: null };
  const mismatches: string[] = [];
  for (const row of report.students) {
    const want = expected.get(row.userId) ?? absent;
    const got = { attendedSeconds: row.attendedSeconds, totalMinutes: row.totalMinutes, sessionCount: row.sessionCount, firstJoinedAt: row.firstJoinedAt, lastLeftAt: row.lastLeftAt };
    if (JSON.stringify(got) !== JSON.stringify(want)) mismatches.push(`${row.userId}: got ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`);
  }
  if (report.students.length !== options.students) mismatches.push(`report lists ${report.students.length} students, the class has ${options.students}`);
  const totalSeconds = report.students.reduce((sum, row) => sum + row.attendedSeconds, 0);
  const expectedSeconds = [...expected.values()].reduce((sum, row) => sum + row.attendedSeconds, 0);
  const totalMinutes = report.students.reduce((sum, row) => sum + row.totalMinutes, 0);
  const attended = report.students.filter((row) => row.sessionCount > 0).length;
  const storedSessions = await db.prisma.lessonParticipantSession.count({ where: { lessonId: lesson.id } });
  const lessonEnded = report.lesson.state === "ended" && new Date(report.lesson.endedAt!).getTime() === base + lessonSeconds * 1000;
  log(`  ${attended} of ${report.students.length} students attended; ${storedSessions} sessions stored (planned ${sessions.length}); lesson ${report.lesson.state}${lessonEnded ? " at the room's end" : ""}`);
  log(`  attended ${totalSeconds} s in total (independent count ${expectedSeconds} s), ${totalMinutes} student-minutes; ${mismatches.length} students differ${mismatches.length ? `, first: ${mismatches[0]}` : ""}`);

  const isCorrect =
    burst.failed === 0 &&
    burst.verified === options.students &&
    delivery.failed === 0 &&
    delivery.outcomes.applied === participantDeliveries.length &&
    replayed.outcomes.duplicate === Math.min(options.replays, participantDeliveries.length) &&
    mismatches.length === 0 &&
    storedSessions === sessions.length &&
    lessonEnded;
  log(`  ${isCorrect ? "all checks passed" : "CHECKS FAILED"}`);
  if (!isCorrect) exitCode = 1;

  teacherAgent.destroy();
  webhookAgent.destroy();
  await cleanup.run();
  console.log(
    JSON.stringify({
      bench: "lessons",
      database: database.isEmbedded ? "pglite" : "postgresql",
      livekit: livekit.standIn ? "twirp-stand-in" : "livekit",
      students: options.students,
      tokens: burst.completed,
      tokens_verified: burst.verified,
      token_failures: burst.failed,
      tokens_per_s: round(tokensPerSecond),
      join_p50_ms: round(joinP50, 2),
      join_p99_ms: round(joinP99, 2),
      join_max_ms: round(joinMax, 2),
      api_cpu_ms_per_token: round(cpuPerToken, 2),
      webhooks: participantDeliveries.length,
      webhook_concurrency: options["webhook-concurrency"],
      webhooks_per_s: round(webhooksPerSecond),
      webhook_p99_ms: round(webhookP99, 2),
      api_cpu_ms_per_webhook: round(cpuPerWebhook, 2),
      webhook_failures: delivery.failed,
      replays_ignored: replayed.outcomes.duplicate ?? 0,
      sessions: storedSessions,
      students_attended: attended,
      attended_seconds: totalSeconds,
      expected_attended_seconds: expectedSeconds,
      student_minutes: totalMinutes,
      attendance_mismatches: mismatches.length,
      ok: isCorrect,
    }),
  );
} catch (error) {
  console.error(`bench:lessons failed: ${(error as Error).stack ?? error}`);
  exitCode = 1;
} finally {
  await cleanup.run();
}
process.exit(exitCode);
