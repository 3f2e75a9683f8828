// Spreads the SSE subscribers over worker threads (one event loop cannot parse 200,000 events/s
// and also keep the sender's clock honest) and waits for them.
import { Worker } from "node:worker_threads";
import { DeliveryLedger } from "./delivery-ledger.ts";
import type { SubscriberWorkerData } from "./subscriber-worker.ts";

export type Subscribers = {
  ledger: DeliveryLedger;
  threads: number;
  /** Resolves when every subscriber's stream has opened; rejects after `timeoutMs`. */
  connected(timeoutMs: number): Promise<void>;
  close(): Promise<void>;
};

export function startSubscribers({
  url,
  tokens,
  threads,
  messages,
  epoch,
  clientIdPrefix,
  onProblem,
}: {
  url: string;
  tokens: string[];
  threads: number;
  messages: number;
  epoch: number;
  clientIdPrefix: string;
  onProblem: (text: string) => void;
}): Subscribers {
  const ledger = DeliveryLedger.create({ subscribers: tokens.length, messages });
  const count = Math.max(1, Math.min(threads, tokens.length));
  const perThread = Math.ceil(tokens.length / count);
  const workers: Worker[] = [];
  let threadFailure: Error | null = null;
  for (let first = 0; first < tokens.length; first += perThread) {
    const workerData: SubscriberWorkerData = { url, tokens: tokens.slice(first, first + perThread), firstSubscriber: first, ledger: ledger.buffers, epoch, clientIdPrefix };
    const worker = typeScriptWorker(new URL("./subscriber-worker.ts", import.meta.url), workerData);
    worker.on("message", (message: { type: string; text?: string }) => message.type === "problem" && onProblem(message.text ?? ""));
    worker.on("error", (error) => {
      threadFailure ??= error;
      onProblem(`subscriber thread failed: ${error.message}`);
    });
    workers.push(worker);
  }
  return {
    ledger,
    threads: workers.length,
    async connected(timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      while (ledger.read("connected") < tokens.length) {
        if (threadFailure) throw threadFailure;
        if (ledger.read("ended") > 0) throw new Error(`${ledger.read("ended")} subscriptions failed while connecting`);
        if (Date.now() > deadline) throw new Error(`only ${ledger.read("connected")} of ${tokens.length} subscriptions opened in ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    async close() {
      await Promise.all(
        workers.map(async (worker) => {
          const closed = new Promise<void>((resolve) => worker.on("message", (message: { type: string }) => message.type === "closed" && resolve()));
          worker.postMessage("close");
          await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 2000))]);
          await worker.terminate();
        }),
      );
    },
  };
}

/**
 * A worker running a .ts file. On Node 20 a worker does not inherit tsx's loader from the main
 * thread (neither through execArgv nor otherwise), so the worker registers it before importing.
 */
function typeScriptWorker(file: URL, workerData: unknown): Worker {
  const code = `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))}).then(({ register }) => { register(); return import(${JSON.stringify(file.href)}); })`;
  return new Worker(code, { eval: true, workerData });
}
