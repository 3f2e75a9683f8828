// When queued frames reach the socket: at once after a pause, batched while events come close
// together. The response is a stand-in recording writes (no socket is needed to see the timing).
import type { ServerResponse } from "node:http";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { SseConnection, SseFlusher } from "./sse-connection.ts";

const INTERVAL_MS = 200;

function recordingResponse() {
  const writes: string[] = [];
  const res = {
    writableLength: 0,
    writeHead: () => res,
    write: (chunk: string | Buffer) => writes.push(chunk.toString()),
    destroy: () => undefined,
  };
  return { res: res as unknown as ServerResponse, writes };
}

let flusher: SseFlusher;
beforeEach(() => {
  vi.useFakeTimers();
  flusher = new SseFlusher(INTERVAL_MS, { intervalMs: 60_000, frame: "event: ping\n\n" });
});
afterEach(() => {
  flusher.close();
  vi.useRealTimers();
});

function openConnection() {
  const { res, writes } = recordingResponse();
  const connection = new SseConnection(res, flusher);
  flusher.add(connection);
  connection.start("event: connected\n\n");
  writes.length = 0;
  return { connection, writes };
}

describe("SseFlusher", () => {
  it("writes an event after a quiet spell on the next turn, to every subscriber in one flush", async () => {
    const subscribers = [openConnection(), openConnection()];
    await vi.advanceTimersByTimeAsync(INTERVAL_MS * 3);
    for (const { connection } of subscribers) connection.enqueue("data: 1\n\n");
    await vi.advanceTimersByTimeAsync(1);
    expect(subscribers.map(({ writes }) => writes)).toEqual([["data: 1\n\n"], ["data: 1\n\n"]]);
  });

  it("holds events that follow closely until the interval has passed, then writes them together", async () => {
    const { connection, writes } = openConnection();
    await vi.advanceTimersByTimeAsync(INTERVAL_MS * 3);
    connection.enqueue("data: 1\n\n");
    await vi.advanceTimersByTimeAsync(1);
    connection.enqueue("data: 2\n\n");
    await vi.advanceTimersByTimeAsync(10);
    connection.enqueue("data: 3\n\n");
    await vi.advanceTimersByTimeAsync(INTERVAL_MS - 20);
    expect(writes).toEqual(["data: 1\n\n"]);
    await vi.advanceTimersByTimeAsync(20);
    expect(writes).toEqual(["data: 1\n\n", "data: 2\n\ndata: 3\n\n"]);
  });
});
