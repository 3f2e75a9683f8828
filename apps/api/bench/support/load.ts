// Two ways to drive a system: at a steady rate regardless of how it answers (open loop, for
// latency), and as fast as a fixed number of callers can go (closed loop, for throughput).

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export type SteadyResult = {
  failed: number;
  /** Calls still running when the wait for them ended. */
  unsettled: number;
  firstError: string | null;
  /** From the first start to the last start. */
  issueMs: number;
  /** From the first start to the last call settling (or the end of the wait). */
  elapsedMs: number;
  /** How far a start fell behind its schedule (the bench's own timer). */
  maxLagMs: number;
};

/**
 * Starts `call(i)` for i in [0, count) at `rate` per second from now, without waiting for earlier
 * calls, and records each real start time in `startedAt[i]` (clock ms). Calls that fall due in
 * the same timer tick start together. Resolves when every call has settled, or `settleWithinMs`
 * after the last start, whichever comes first.
 */
export async function runSteady({
  rate,
  count,
  clock,
  startedAt,
  settleWithinMs,
  call,
}: {
  rate: number;
  count: number;
  clock: () => number;
  startedAt: Float64Array;
  settleWithinMs: number;
  call: (index: number) => Promise<unknown>;
}): Promise<SteadyResult> {
  const interval = 1000 / rate;
  const begin = clock();
  let failed = 0;
  let firstError: string | null = null;
  let maxLagMs = 0;
  let settled = 0;
  const pending: Array<Promise<void>> = [];
  let next = 0;
  while (next < count) {
    const now = clock();
    while (next < count && begin + next * interval <= now) {
      const index = next++;
      maxLagMs = Math.max(maxLagMs, now - (begin + index * interval));
      startedAt[index] = now;
      pending.push(
        call(index).then(
          () => void settled++,
          (error: Error) => {
            settled++;
            failed++;
            firstError ??= error.message;
          },
        ),
      );
    }
    if (next < count) await sleep(Math.max(0, begin + next * interval - clock()));
  }
  const issueMs = Math.max(clock() - begin, interval);
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([Promise.all(pending), new Promise((resolve) => (timer = setTimeout(resolve, settleWithinMs)))]);
  clearTimeout(timer);
  // Read once: calls that settle from here on are not counted either way.
  const unsettled = count - settled;
  return { failed, unsettled, firstError, issueMs, elapsedMs: clock() - begin, maxLagMs };
}

export type ThroughputResult = { completed: number; failed: number; firstError: string | null; elapsedMs: number; perSecond: number };

/** `concurrency` callers each calling `call(i)` back to back (i unique across callers) for `seconds`. */
export async function runClosedLoop({
  concurrency,
  seconds,
  call,
}: {
  concurrency: number;
  seconds: number;
  call: (index: number) => Promise<unknown>;
}): Promise<ThroughputResult> {
  let next = 0;
  let completed = 0;
  let failed = 0;
  let firstError: string | null = null;
  const begin = performance.now();
  const deadline = begin + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        try {
          await call(next++);
          completed++;
        } catch (error) {
          failed++;
          firstError ??= (error as Error).message;
        }
      }
    }),
  );
  const elapsedMs = performance.now() - begin;
  return { completed, failed, firstError, elapsedMs, perSecond: (completed * 1000) / elapsedMs };
}
