// How fast messages can be written: through the whole API (HTTP, tRPC, session and class check,
// the insert that numbers the message, the publish to Redis), and as plain single-row `pg`
// inserts of the same rows on the same database. The ratio is the API's overhead. The two run in
// alternating rounds, so a machine that gets busier or quieter during the run (other jobs, the
// database's checkpoints) weighs on both alike.
import type { Db } from "@zang/db";
import { benchMessageBody } from "./bench-school.ts";
import { runClosedLoop, type ThroughputResult } from "./load.ts";
import { readProcessCpuMs } from "./process-stats.ts";
import { keepAliveAgent, mutate } from "./trpc-http.ts";

/**
 * Excluded from the figures: the first seconds after connections open, while V8 still compiles
 * the hot paths (measured: a freshly started API is ~25 % slower in its second second than in
 * its sixth). A server in service has been warm for hours.
 */
const WARM_UP_SECONDS = 3;

type Load = { concurrency: number; call: () => Promise<unknown> };

function apiSends({ apiUrl, token, classIds, concurrency }: { apiUrl: string; token: string; classIds: string[]; concurrency: number }): Load & { close(): void } {
  const agent = keepAliveAgent(concurrency);
  let sequence = 0;
  const call = () => {
    const index = sequence++;
    return mutate({ baseUrl: apiUrl, path: "messages.send", token, agent, input: { classId: classIds[index % classIds.length], body: benchMessageBody(index), clientId: `burst-${index}` } });
  };
  return { concurrency, call, close: () => agent.destroy() };
}

/** The same Message row the API writes (same columns and values), minus the API around it. */
const RAW_INSERT = `INSERT INTO "Message" ("schoolId", "classId", seq, "changeSeq", "authorId", "clientId", body, "replyToId")
VALUES ($1, $2, $3, $3, $4, $5, $6, $7)`;

function rawInserts({ db, schoolId, classId, authorId, concurrency }: { db: Db; schoolId: string; classId: string; authorId: string; concurrency: number }): Load {
  let seq = 0;
  const call = () => {
    const index = ++seq;
    return db.pool.query(RAW_INSERT, [schoolId, classId, index, authorId, `raw-${index}`, benchMessageBody(index), null]);
  };
  return { concurrency, call };
}

function sum(results: ThroughputResult[]): ThroughputResult {
  const completed = results.reduce((total, result) => total + result.completed, 0);
  const elapsedMs = results.reduce((total, result) => total + result.elapsedMs, 0);
  return {
    completed,
    failed: results.reduce((total, result) => total + result.failed, 0),
    firstError: results.find((result) => result.firstError)?.firstError ?? null,
    elapsedMs,
    perSecond: (completed * 1000) / elapsedMs,
  };
}

export type ThroughputComparison = {
  api: ThroughputResult & { apiCpuMsPerSend: number };
  raw: ThroughputResult;
  /** API sends per second over plain inserts per second, round by round. */
  roundRatios: number[];
};

/** `rounds` of (API sends, then plain inserts), `seconds` in all for each of the two. */
export async function compareSendThroughput({
  db,
  apiUrl,
  apiPid,
  token,
  classIds,
  raw,
  concurrency,
  seconds,
  rounds,
}: {
  db: Db;
  apiUrl: string;
  /** Null for an API on another machine: its CPU is not measured. */
  apiPid: number | null;
  token: string;
  /** The API's sends go round robin over these classes. */
  classIds: string[];
  /** Where the plain inserts go (a class of their own, so their numbers do not collide). */
  raw: { schoolId: string; classId: string; authorId: string };
  concurrency: number;
  seconds: number;
  rounds: number;
}): Promise<ThroughputComparison> {
  const api = apiSends({ apiUrl, token, classIds, concurrency });
  const plain = rawInserts({ db, ...raw, concurrency });
  try {
    await runClosedLoop({ concurrency, seconds: WARM_UP_SECONDS, call: api.call });
    await runClosedLoop({ concurrency, seconds: WARM_UP_SECONDS, call: plain.call });
    const apiRounds: ThroughputResult[] = [];
    const rawRounds: ThroughputResult[] = [];
    let apiCpuMs = 0;
    for (let round = 0; round < rounds; round++) {
      const cpuBefore = readProcessCpuMs(apiPid);
      apiRounds.push(await runClosedLoop({ concurrency, seconds: seconds / rounds, call: api.call }));
      apiCpuMs += readProcessCpuMs(apiPid) - cpuBefore;
      rawRounds.push(await runClosedLoop({ concurrency, seconds: seconds / rounds, call: plain.call }));
    }
    const apiTotal = sum(apiRounds);
    return {
      api: { ...apiTotal, apiCpuMsPerSend: apiCpuMs / apiTotal.completed },
      raw: sum(rawRounds),
      roundRatios: apiRounds.map((result, index) => result.perSecond / rawRounds[index]!.perSecond),
    };
  } finally {
    api.close();
  }
}
