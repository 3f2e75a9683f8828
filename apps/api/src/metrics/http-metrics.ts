// What an operator scrapes from each API process (GET /metrics, Prometheus text format): requests
// by kind and status class with their latency, requests open right now (for the live event
// stream: connected subscribers), the database pool, memory and event-loop delay. Counting costs
// a map lookup per request and happens only when metrics are switched on.
import { monitorEventLoopDelay } from "node:perf_hooks";
import type { Db } from "@zang/db";
import { formatMetrics, type MetricFamily } from "./exposition.ts";

/** Seconds; request latency from the first byte in to the last byte out. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
/** Long-lived answers (the event stream) would only blur the latency figures: counted, not timed. */
const UNTIMED_KINDS = new Set(["messages.onEvent"]);

type Latency = { buckets: number[]; sum: number; count: number };

export type HttpMetrics = {
  /** Call when a request arrives; the returned function when its answer is done or the client left. */
  requestStarted(kind: string): (status: number) => void;
  render(): string;
  close(): void;
};

export function createHttpMetrics({ db }: { db: Db }): HttpMetrics {
  const finished = new Map<string, number>();
  const latency = new Map<string, Latency>();
  const open = new Map<string, number>();
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();

  const observe = (kind: string, seconds: number) => {
    let entry = latency.get(kind);
    if (!entry) latency.set(kind, (entry = { buckets: LATENCY_BUCKETS.map(() => 0), sum: 0, count: 0 }));
    const index = LATENCY_BUCKETS.findIndex((bound) => seconds <= bound);
    if (index >= 0) entry.buckets[index]! += 1;
    entry.sum += seconds;
    entry.count += 1;
  };

  return {
    requestStarted(kind) {
      const started = process.hrtime.bigint();
      open.set(kind, (open.get(kind) ?? 0) + 1);
      return (status) => {
        open.set(kind, open.get(kind)! - 1);
        const key = `${kind}\u0000${Math.floor(status / 100)}xx`;
        finished.set(key, (finished.get(key) ?? 0) + 1);
        if (!UNTIMED_KINDS.has(kind)) observe(kind, Number(process.hrtime.bigint() - started) / 1e9);
      };
    },

    render() {
      const memory = process.memoryUsage();
      const families: MetricFamily[] = [
        {
          name: "zang_http_requests_total",
          help: "HTTP requests answered, by kind (the tRPC procedure, or files, roster, web, ...) and status class.",
          type: "counter",
          samples: [...finished].map(([key, value]) => {
            const [kind, status] = key.split("\u0000") as [string, string];
            return { labels: { kind, status }, value };
          }),
        },
        {
          name: "zang_http_requests_open",
          help: "HTTP requests being answered now; for messages.onEvent, the connected live subscribers.",
          type: "gauge",
          samples: [...open].map(([kind, value]) => ({ labels: { kind }, value })),
        },
        {
          name: "zang_http_request_duration_seconds",
          help: "Time from a request's arrival to the end of its answer, by kind.",
          type: "histogram",
          histograms: [...latency].map(([kind, entry]) => ({ labels: { kind }, bounds: LATENCY_BUCKETS, ...entry })),
        },
        {
          name: "zang_db_pool_connections",
          help: "Connections of this process's PostgreSQL pool: all, idle, and requests waiting for one.",
          type: "gauge",
          samples: [
            { labels: { state: "total" }, value: db.pool.totalCount },
            { labels: { state: "idle" }, value: db.pool.idleCount },
            { labels: { state: "waiting" }, value: db.pool.waitingCount },
          ],
        },
        {
          name: "zang_event_loop_delay_seconds",
          help: "How late the event loop ran timers since the previous scrape (p50, p99, max).",
          type: "gauge",
          samples: [
            { labels: { quantile: "0.5" }, value: loopDelay.percentile(50) / 1e9 },
            { labels: { quantile: "0.99" }, value: loopDelay.percentile(99) / 1e9 },
            { labels: { quantile: "1" }, value: loopDelay.max / 1e9 },
          ],
        },
        { name: "zang_process_resident_memory_bytes", help: "Resident memory of this process.", type: "gauge", samples: [{ labels: {}, value: memory.rss }] },
        { name: "zang_process_heap_used_bytes", help: "JavaScript heap in use.", type: "gauge", samples: [{ labels: {}, value: memory.heapUsed }] },
      ];
      loopDelay.reset();
      return formatMetrics(families);
    },

    close() {
      loopDelay.disable();
    },
  };
}
