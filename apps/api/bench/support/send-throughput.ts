// How fast messages can be written: through the whole API (HTTP, tRPC, session lookup, class
// access check, the insert that numbers the message, the publish to Redis), and as plain
// single-row `pg` inserts of the same rows on the same database. The ratio is the API's overhead.
import type { Db } from "@zang/db";
import { benchMessageBody } from "./bench-school.ts";
import { runClosedLoop, type ThroughputResult } from "./load.ts";
import { readProcessCpuMs } from "./process-stats.ts";
import { keepAliveAgent, mutate } from "./trpc-http.ts";

/** Excluded from the figure: the first second after connections open and code gets hot. */
const WARM_UP_SECONDS = 1;

export async function measureApiSends({
  apiUrl,
  apiPid,
  token,
  classIds,
  concurrency,
  seconds,
}: {
  apiUrl: string;
  apiPid: number;
  token: string;
  /** Sends go round robin over these classes. */
  classIds: string[];
  concurrency: number;
  seconds: number;
}): Promise<ThroughputResult & { apiCpuMsPerSend: number }> {
  const agent = keepAliveAgent(concurrency);
  let sequence = 0;
  const call = () => {
    const index = sequence++;
    return mutate({ baseUrl: apiUrl, path: "messages.send", token, agent, input: { classId: classIds[index % classIds.length], body: benchMessageBody(index), clientId: `burst-${index}` } });
  };
  try {
    await runClosedLoop({ concurrency, seconds: WARM_UP_SECONDS, call });
    const cpuBefore = readProcessCpuMs(apiPid);
    const result = await runClosedLoop({ concurrency, seconds, call });
    return { ...result, apiCpuMsPerSend: (readProcessCpuMs(apiPid) - cpuBefore) / result.completed };
  } finally {
    agent.destroy();
  }
}

/** The same Message row the API writes (same columns and values), minus the API around it. */
const RAW_INSERT = `INSERT INTO "Message" ("schoolId", "classId", seq, "changeSeq", "authorId", "clientId", body, "replyToId")
VALUES ($1, $2, $3, $3, $4, $5, $6, $7)`;

export async function measureRawInserts({
  db,
  schoolId,
  classId,
  authorId,
  concurrency,
  seconds,
}: {
  db: Db;
  schoolId: string;
  classId: string;
  authorId: string;
  concurrency: number;
  seconds: number;
}): Promise<ThroughputResult> {
  let seq = 0;
  const call = () => {
    const index = ++seq;
    return db.pool.query(RAW_INSERT, [schoolId, classId, index, authorId, `raw-${index}`, benchMessageBody(index), null]);
  };
  await runClosedLoop({ concurrency, seconds: WARM_UP_SECONDS, call });
  return runClosedLoop({ concurrency, seconds, call });
}
