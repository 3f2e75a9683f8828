import { createServer, type IncomingMessage } from "node:http";
import { connect, type AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { FileStore } from "./file-store.ts";
import { ingestUpload } from "./ingest-upload.ts";
import { samplePdf } from "./testing/sample-files.ts";
import { createTempLocalStore } from "./testing/temp-local-store.ts";

/**
 * The contract suite cuts bodies off with a Readable that errors; here a real HTTP client hangs
 * up halfway, to be sure Node's request stream reports that as an error rather than an end.
 */
describe("ingestUpload behind a real HTTP request", () => {
  let store: FileStore;
  let cleanup: () => Promise<void>;
  beforeEach(async () => {
    ({ store, cleanup } = await createTempLocalStore());
  });
  afterEach(() => cleanup());

  async function uploadThenHangUp(headers: string, partialBody: Buffer) {
    const outcome = new Promise<unknown>((resolve) => {
      const server = createServer((request: IncomingMessage) => {
        const declaredSize = request.headers["content-length"] === undefined ? undefined : Number(request.headers["content-length"]);
        ingestUpload({ store, body: request, declaredName: "essay.pdf", declaredSize, policy: { maxBytes: 1024 * 1024, allowedTypes: ["pdf"] } })
          .then(resolve, resolve)
          .finally(() => server.close());
      });
      server.listen(0, "127.0.0.1", () => {
        const socket = connect((server.address() as AddressInfo).port, "127.0.0.1", () => {
          socket.write(`POST /upload HTTP/1.1\r\nHost: localhost\r\n${headers}\r\n`);
          socket.write(partialBody, () => setTimeout(() => socket.destroy(), 50));
        });
      });
    });
    return outcome;
  }

  async function keys() {
    const found: string[] = [];
    for await (const key of store.listKeys()) found.push(key);
    return found;
  }

  it("keeps nothing when a client with a Content-Length hangs up halfway", async () => {
    const body = Buffer.concat([samplePdf(), Buffer.alloc(200_000, 0x20)]);
    const error = await uploadThenHangUp(`Content-Length: ${body.length}\r\n`, body.subarray(0, 100_000));

    expect(error).toMatchObject({ name: "FileRejectedError", reason: "incomplete" });
    expect(await keys()).toEqual([]);
  });

  it("keeps nothing when a chunked upload is cut off before its last chunk", async () => {
    const chunk = Buffer.concat([samplePdf(), Buffer.alloc(100_000, 0x20)]);
    const framed = Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from("\r\n")]);
    const error = await uploadThenHangUp("Transfer-Encoding: chunked\r\n", framed);

    expect(error).toMatchObject({ name: "FileRejectedError", reason: "incomplete" });
    expect(await keys()).toEqual([]);
  });
});
