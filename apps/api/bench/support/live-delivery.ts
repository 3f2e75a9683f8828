// The live phase: N subscribers on one class over SSE, one sender at a steady rate, and for every
// (subscriber, message) the time from the start of the send to the arrival of the event.
import { encodeCursor } from "@zang/core";
import type { Db } from "@zang/db";
import { benchMessageBody } from "./bench-school.ts";
import { activityBetween, backendCpuBetween, readDbActivity, readDbBackendCpu, type DbActivity } from "./db-activity.ts";
import { runSteady } from "./load.ts";
import { readProcessCpuMs } from "./process-stats.ts";
import { percentile, round } from "./stats.ts";
import { startSubscribers } from "./subscribers.ts";
import { keepAliveAgent, mutate, subscriptionUrl } from "./trpc-http.ts";

const CLIENT_ID_PREFIX = "live-";
/** In-flight sends allowed before new ones queue in the client (the sender is open-loop). */
const SENDER_SOCKETS = 64;
/** The drain ends early when no delivery arrived for this long. */
const DRAIN_IDLE_MS = 5000;
const PROGRESS_EVERY_MS = 5000;

export type LiveResult = {
  subscribers: number;
  threads: number;
  connectMs: number;
  sent: number;
  sendFailures: number;
  /** Sends with no answer `drainSeconds` after the last one started; not counted as expected. */
  sendsUnanswered: number;
  firstSendError: string | null;
  /** Sends started per second (the target, unless the bench's own timer fell behind). */
  issuedRate: number;
  /** Sends finished per second, first start to last answer: below the target when the API cannot keep up. */
  completedRate: number;
  senderMaxLagMs: number;
  expected: number;
  delivered: number;
  lost: number;
  duplicates: number;
  foreign: number;
  streamsEnded: number;
  drainMs: number;
  p50: number;
  p99: number;
  max: number;
  /** From the start of a send to its answer: the API's part of the delivery latency. */
  sendP50: number;
  sendP99: number;
  /** p99 of the messages sent in each second of the run: shows whether a backlog builds up. */
  p99BySecond: number[];
  /** The slowest answer to a send in each second of the run: a spike here is the API or the database, not the fan-out. */
  sendMaxBySecond: number[];
  /** Sends at the rate before the measured ones: checked for loss and duplicates, left out of the latencies. */
  warmupSends: number;
  /** Database work from the first steady send until drained (includes the sends' own statements). */
  dbActivity: DbActivity;
  /** The API process's CPU time from the first steady send until drained, and as cores (1 = one core busy). */
  apiCpuMs: number;
  apiCpuCores: number;
  /** The span the CPU figures cover: from the first steady send until drained. */
  cpuSpanMs: number;
  /** CPU of the database's backends over the same span (NaN when PostgreSQL runs on another machine). */
  dbCpuMs: number;
  /** CPU of this benchmark process (sender and subscriber threads) over the same span: load the API's machine would not carry in production. */
  benchCpuMs: number;
};

export async function measureLiveDelivery({
  db,
  apiUrl,
  apiPid,
  classId,
  senderToken,
  subscriberTokens,
  rate,
  seconds,
  warmupSeconds,
  drainSeconds,
  threads,
  log,
}: {
  /** Only to read the database's statistics. */
  db: Db;
  apiUrl: string;
  /** Null for an API on another machine: its CPU is not measured. */
  apiPid: number | null;
  classId: string;
  senderToken: string;
  subscriberTokens: string[];
  rate: number;
  seconds: number;
  /** Steady sending before the measured `seconds`, so a cold process (JIT, buffers, pools) is not what is measured. */
  warmupSeconds: number;
  /** How long to wait for answers after the last send started, then for missing deliveries, before counting them lost. */
  drainSeconds: number;
  threads: number;
  log: (line: string) => void;
}): Promise<LiveResult> {
  const subscriberCount = subscriberTokens.length;
  const warmupSends = Math.round(rate * warmupSeconds);
  const count = warmupSends + Math.round(rate * seconds);
  // Message 0 proves every subscription is live; 1…warmupSends warm the API up at the steady
  // rate; the rest are measured. Every one of them is checked for loss and duplicates.
  const messages = count + 1;
  const isMeasured = (message: number) => message > warmupSends;
  const epoch = performance.timeOrigin + performance.now();
  const clock = () => performance.timeOrigin + performance.now() - epoch;
  // Resuming from event 0 means a subscriber that goes live after a message still gets it (from
  // the database), so the warm-up cannot slip past a slow subscription.
  const url = subscriptionUrl({ baseUrl: apiUrl, path: "messages.onEvent", input: { classId, lastEventId: encodeCursor(new Map([[classId, 0]])) } });
  let problems = 0;
  const subscribers = startSubscribers({
    url,
    tokens: subscriberTokens,
    threads,
    messages,
    epoch,
    clientIdPrefix: CLIENT_ID_PREFIX,
    onProblem: (text) => {
      if (problems++ < 5) log(`  ! ${text}`);
    },
  });
  const { ledger } = subscribers;
  const cleanups: Array<() => void> = [];
  try {
    const connectStart = clock();
    await subscribers.connected(120_000);
    const agent = keepAliveAgent(SENDER_SOCKETS);
    cleanups.push(() => agent.destroy());
    const send = (index: number) =>
      mutate({ baseUrl: apiUrl, path: "messages.send", token: senderToken, agent, input: { classId, body: benchMessageBody(index), clientId: `${CLIENT_ID_PREFIX}${index}` } });
    await send(0);
    await waitFor(() => ledger.receivedBy(0) === subscriberCount, 60_000, () => `warm-up reached ${ledger.receivedBy(0)} of ${subscriberCount} subscribers`);
    const connectMs = clock() - connectStart;
    log(`  ${subscriberCount} subscribers live on ${subscribers.threads} thread(s) in ${Math.round(connectMs)} ms; sending ${count} messages at ${rate}/s`);

    const activityBefore = await readDbActivity(db);
    const cpuBefore = readProcessCpuMs(apiPid);
    const benchCpuBefore = readProcessCpuMs(process.pid);
    const dbCpuBefore = await readDbBackendCpu(db);
    const startedAt = new Float64Array(messages);
    const succeeded = new Uint8Array(messages);
    const answeredAt = new Float64Array(messages);
    let completed = 0;
    const progress = setInterval(
      () => log(`  … ${round((clock() - startedAt[1]!) / 1000)} s: ${completed} sends completed, ${ledger.delivered(1, messages).toLocaleString("en")} deliveries`),
      PROGRESS_EVERY_MS,
    );
    cleanups.push(() => clearInterval(progress));
    let sendsCutOff = false;
    const steady = await runSteady({
      rate,
      count,
      clock,
      startedAt: startedAt.subarray(1),
      settleWithinMs: drainSeconds * 1000,
      call: async (i) => {
        await send(i + 1);
        if (sendsCutOff) return;
        answeredAt[i + 1] = clock();
        succeeded[i + 1] = 1;
        completed++;
      },
    });
    sendsCutOff = true;
    agent.destroy(); // aborts sends still unanswered
    // A send still unanswered is neither expected nor counted: it is reported as unanswered.
    const sent = count - steady.failed - steady.unsettled;
    const expected = sent * subscriberCount;
    log(
      `  ${sent} sends answered in ${Math.round(steady.elapsedMs)} ms (${steady.failed} failed${steady.firstError ? `: ${steady.firstError}` : ""}, ${steady.unsettled} unanswered after ${drainSeconds} s); waiting for deliveries`,
    );

    // Wait for stragglers: until everything arrived, nothing new arrived for a while, or the cut-off.
    const drainStart = clock();
    let lastDelivered = -1;
    let lastProgressAt = drainStart;
    for (;;) {
      const delivered = countDelivered(ledger.arrivals, { subscribers: subscriberCount, messages, succeeded });
      if (delivered >= expected) break;
      if (delivered !== lastDelivered) {
        lastDelivered = delivered;
        lastProgressAt = clock();
      } else if (clock() - lastProgressAt > DRAIN_IDLE_MS) break;
      if (clock() - drainStart > drainSeconds * 1000) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const cutOff = clock();
    clearInterval(progress);
    const drainMs = cutOff - drainStart;
    const apiCpuMs = readProcessCpuMs(apiPid) - cpuBefore;
    const benchCpuMs = readProcessCpuMs(process.pid) - benchCpuBefore;
    const cpuSpanMs = cutOff - startedAt[1]!;
    const apiCpuCores = apiCpuMs / cpuSpanMs;
    const dbCpuMs = backendCpuBetween(dbCpuBefore, await readDbBackendCpu(db));
    const dbActivity = activityBetween(activityBefore, await readDbActivity(db));

    // A delivery still missing at the cut-off counts with the time it has waited so far, so the
    // percentiles stay a lower bound instead of looking better for what never arrived.
    const latencies = new Float64Array(expected);
    const bySecond: number[][] = Array.from({ length: Math.ceil(warmupSeconds + seconds) + 1 }, () => []);
    let delivered = 0;
    let measured = 0;
    for (let subscriber = 0; subscriber < subscriberCount; subscriber++) {
      const row = subscriber * messages;
      for (let message = 1; message < messages; message++) {
        if (succeeded[message] === 0) continue;
        const arrival = ledger.arrivals[row + message]!;
        if (arrival !== 0) delivered++;
        const latency = (arrival !== 0 ? arrival : cutOff) - startedAt[message]!;
        bySecond[Math.floor((message - 1) / rate)]?.push(latency);
        if (isMeasured(message)) latencies[measured++] = latency;
      }
    }
    const sorted = latencies.subarray(0, measured).sort();
    const answerTimes = Float64Array.from({ length: messages - 1 }, (_, index) => index + 1)
      .filter((message) => succeeded[message] === 1 && isMeasured(message))
      .map((message) => answeredAt[message]! - startedAt[message]!)
      .sort();
    return {
      subscribers: subscriberCount,
      threads: subscribers.threads,
      connectMs,
      sent,
      sendFailures: steady.failed,
      sendsUnanswered: steady.unsettled,
      firstSendError: steady.firstError,
      issuedRate: (count * 1000) / steady.issueMs,
      completedRate: (sent * 1000) / steady.elapsedMs,
      senderMaxLagMs: steady.maxLagMs,
      expected,
      delivered,
      lost: expected - delivered,
      duplicates: ledger.read("duplicates"),
      foreign: ledger.read("foreign"),
      streamsEnded: ledger.read("ended"),
      drainMs,
      p50: percentile(sorted, 50),
      p99: percentile(sorted, 99),
      max: sorted.length ? sorted[sorted.length - 1]! : Number.NaN,
      sendP50: percentile(answerTimes, 50),
      sendP99: percentile(answerTimes, 99),
      dbActivity,
      apiCpuMs,
      apiCpuCores,
      cpuSpanMs,
      dbCpuMs,
      benchCpuMs,
      warmupSends,
      sendMaxBySecond: bySecond
        .map((_, second) => slowestAnswer({ from: second * rate + 1, to: Math.min((second + 1) * rate, messages - 1), succeeded, startedAt, answeredAt }))
        .filter((_, second) => bySecond[second]!.length > 0),
      p99BySecond: bySecond.filter((values) => values.length > 0).map((values) => percentile(Float64Array.from(values).sort(), 99)),
    };
  } finally {
    for (const cleanup of cleanups) cleanup();
    await subscribers.close();
  }
}

/** The longest a send among messages `from`…`to` waited for its answer. */
function slowestAnswer({ from, to, succeeded, startedAt, answeredAt }: { from: number; to: number; succeeded: Uint8Array; startedAt: Float64Array; answeredAt: Float64Array }): number {
  let slowest = 0;
  for (let message = from; message <= to; message++) if (succeeded[message] === 1) slowest = Math.max(slowest, answeredAt[message]! - startedAt[message]!);
  return slowest;
}

function countDelivered(arrivals: Float32Array, { subscribers, messages, succeeded }: { subscribers: number; messages: number; succeeded: Uint8Array }): number {
  let count = 0;
  for (let subscriber = 0; subscriber < subscribers; subscriber++) {
    const row = subscriber * messages;
    for (let message = 1; message < messages; message++) if (succeeded[message] === 1 && arrivals[row + message] !== 0) count++;
  }
  return count;
}

async function waitFor(condition: () => boolean, timeoutMs: number, describe: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out: ${describe()}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
