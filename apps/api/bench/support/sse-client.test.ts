// The benchmark's bare-socket SSE reader against Node's own HTTP server: whatever way the bytes
// are cut into chunks and reads, it must hand over the same events, or the benchmark would count
// deliveries wrongly.
import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { ChunkedBodyReader } from "./chunked-body.ts";
import { openSse, type SseConnection } from "./sse-client.ts";

const FRAMES = ['event: connected\ndata: {"reconnectAfterInactivityMs":8000}\n\n', 'data: {"body":"سلام 👋"}\nid: 1\n\n', "event: ping\ndata: \n\n", 'data: {"body":"two"}\nid: 2\n\n'];

let server: Server | null = null;
let connection: SseConnection | null = null;
afterEach(async () => {
  connection?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(null)));
  server = connection = null;
});

async function serve(respond: (res: ServerResponse) => void): Promise<string> {
  server = createServer((_req, res) => respond(res));
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/trpc/messages.onEvent?input=%7B%7D`;
}

function collect(url: string, count: number): Promise<{ events: Array<{ type: string; text: string }>; ended: string | null }> {
  return new Promise((resolve) => {
    const events: Array<{ type: string; text: string }> = [];
    connection = openSse({
      url,
      headers: { authorization: "Bearer x" },
      now: () => 0,
      handlers: {
        onEvent(type, bytes, start, end) {
          events.push({ type, text: bytes.toString("utf8", start, end) });
          if (events.length === count) resolve({ events, ended: null });
        },
        onEnd: (reason) => resolve({ events, ended: reason }),
      },
    });
  });
}

const expected = FRAMES.map((frame) => ({ type: /^event: (\w+)/.exec(frame)?.[1] ?? "message", text: frame.slice(0, -2) }));

describe("openSse", () => {
  it("reads events written one per chunk", async () => {
    const url = await serve((res) => {
      res.writeHead(200, { "content-type": "text/event-stream" });
      for (const frame of FRAMES) res.write(frame);
    });
    expect(await collect(url, FRAMES.length)).toEqual({ events: expected, ended: null });
  });

  it("reads events cut across chunks and across network reads, and reports the end", async () => {
    const bytes = Buffer.from(FRAMES.join(""));
    const url = await serve(async (res) => {
      res.writeHead(200, { "content-type": "text/event-stream" });
      for (let at = 0; at < bytes.length; at += 7) {
        res.write(bytes.subarray(at, at + 7));
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
      res.end();
    });
    expect(await collect(url, FRAMES.length + 1)).toEqual({ events: expected, ended: "stream ended" });
  });

  it("reports a refusal with its status and body", async () => {
    const url = await serve((res) => {
      res.writeHead(401, { "content-type": "application/json" });
      res.end('{"error":{"message":"Sign in first."}}');
    });
    const { events, ended } = await collect(url, 1);
    expect(events).toEqual([]);
    expect(ended).toMatch(/^HTTP 401: .*Sign in first/);
  });
});

describe("ChunkedBodyReader", () => {
  it("yields each chunk's payload however the reads split the size lines, payloads and CRLFs", () => {
    const wire = Buffer.from("5\r\nhello\r\n1;ext=1\r\n \r\n6\r\nworld!\r\n0\r\n\r\n");
    for (let cut = 1; cut < wire.length; cut++) {
      const reader = new ChunkedBodyReader();
      const parts = [...reader.read(wire.subarray(0, cut)), ...reader.read(wire.subarray(cut))];
      expect(Buffer.concat(parts).toString()).toBe("hello world!");
      expect(reader.finished).toBe(true);
    }
  });

  it("refuses bytes that are not chunked coding", () => {
    expect(() => new ChunkedBodyReader().read(Buffer.from("zz\r\nhello"))).toThrow(/bad chunk size/);
    expect(() => new ChunkedBodyReader().read(Buffer.from("2\r\nhiXX"))).toThrow(/CRLF/);
  });
});
