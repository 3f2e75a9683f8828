// One subscriber thread: holds its share of the SSE connections and writes each arrival into the
// shared ledger. Only the message's clientId is read from an event (by a string search, no JSON
// parse), so a thread can keep up with far more events than the API can send.
import { Agent } from "node:http";
import { parentPort, workerData } from "node:worker_threads";
import { DeliveryLedger, type LedgerBuffers } from "./delivery-ledger.ts";
import { openSse } from "./sse-client.ts";

export type SubscriberWorkerData = {
  url: string;
  tokens: string[];
  /** Index of this thread's first subscriber in the ledger. */
  firstSubscriber: number;
  ledger: LedgerBuffers;
  /** performance.timeOrigin + performance.now() of the run's start, shared by every thread. */
  epoch: number;
  /** clientIds are `${clientIdPrefix}${messageIndex}`. */
  clientIdPrefix: string;
};

const data = workerData as SubscriberWorkerData;
const ledger = new DeliveryLedger(data.ledger);
const agent = new Agent({ keepAlive: false, maxSockets: Infinity });
const marker = `"clientId":"${data.clientIdPrefix}`;
const now = () => performance.timeOrigin + performance.now() - data.epoch;
let reportedEnds = 0;

const connections = data.tokens.map((token, index) => {
  const subscriber = data.firstSubscriber + index;
  return openSse({
    url: data.url,
    agent,
    now,
    headers: { authorization: `Bearer ${token}` },
    handlers: {
      onEvent(type, block, receivedAt) {
        switch (type) {
          case "message": {
            const at = block.indexOf(marker);
            if (at === -1) return ledger.count("foreign");
            const start = at + marker.length;
            return ledger.record(subscriber, parseInt(block.slice(start, start + 12), 10), receivedAt);
          }
          case "connected":
            return ledger.count("connected");
          case "serialized-error":
            ledger.count("streamErrors");
            if (reportedEnds++ < 5) parentPort!.postMessage({ type: "problem", text: `subscriber ${subscriber}: ${block.slice(0, 300)}` });
            return;
          default:
            return; // ping, return
        }
      },
      onEnd(reason) {
        ledger.count("ended");
        if (reportedEnds++ < 5) parentPort!.postMessage({ type: "problem", text: `subscriber ${subscriber}: ${reason}` });
      },
    },
  });
});

parentPort!.on("message", (message: unknown) => {
  if (message !== "close") return;
  for (const connection of connections) connection.close();
  agent.destroy();
  parentPort!.postMessage({ type: "closed" });
});
