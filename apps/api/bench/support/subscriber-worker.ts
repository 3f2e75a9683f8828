// One subscriber thread: holds its share of the SSE connections and writes each arrival into the
// shared ledger. Only the message's clientId is read from an event (a byte search, no decoding and
// no JSON parse), so a thread can keep up with far more events than the API can send.
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
const marker = Buffer.from(`"clientId":"${data.clientIdPrefix}`);
const now = () => performance.timeOrigin + performance.now() - data.epoch;
let reportedEnds = 0;

const connections = data.tokens.map((token, index) => {
  const subscriber = data.firstSubscriber + index;
  return openSse({
    url: data.url,
    now,
    headers: { authorization: `Bearer ${token}` },
    handlers: {
      onEvent(type, bytes, start, end, receivedAt) {
        switch (type) {
          case "message": {
            const at = bytes.indexOf(marker, start);
            if (at === -1 || at >= end) return ledger.count("foreign");
            return ledger.record(subscriber, readDigits(bytes, at + marker.length, end), receivedAt);
          }
          case "connected":
            return ledger.count("connected");
          case "serialized-error":
            ledger.count("streamErrors");
            if (reportedEnds++ < 5) parentPort!.postMessage({ type: "problem", text: `subscriber ${subscriber}: ${bytes.toString("utf8", start, Math.min(end, start + 300))}` });
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
  parentPort!.postMessage({ type: "closed" });
});

/** The decimal number at `bytes[from…]` (NaN when there is none). */
function readDigits(bytes: Buffer, from: number, end: number): number {
  let value = 0;
  let index = from;
  for (; index < end && bytes[index]! >= 0x30 && bytes[index]! <= 0x39; index++) value = value * 10 + bytes[index]! - 0x30;
  return index === from ? Number.NaN : value;
}
