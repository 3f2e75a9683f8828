import { createHash, randomFillSync } from "node:crypto";
import { Readable } from "node:stream";

/** Sends `bytes` in chunks, as a network body would. */
export function streamOf(bytes: Buffer, chunkSize = 64 * 1024): Readable {
  return Readable.from(
    (function* () {
      for (let at = 0; at < bytes.length; at += chunkSize) yield bytes.subarray(at, at + chunkSize);
    })(),
    { objectMode: false },
  );
}

/** A client that disconnects: `bytes` up to `failAfter`, then the stream errors like an aborted request. */
export function cutOffStream(bytes: Buffer, failAfter: number, chunkSize = 64 * 1024): Readable {
  return Readable.from(
    (async function* () {
      for (let at = 0; at < failAfter; at += chunkSize) yield bytes.subarray(at, Math.min(at + chunkSize, failAfter));
      throw Object.assign(new Error("aborted"), { code: "ECONNRESET" });
    })(),
    { objectMode: false },
  );
}

/**
 * `size` bytes of a PDF-looking file made on the fly, never held whole: `sha256()` gives its hash
 * once it has been read, and `pulled()` how many bytes the consumer asked for. `probe` runs after
 * each `every` bytes, to look at the consumer while the upload is under way.
 */
export function generatedPdf(size: number, { chunkSize = 64 * 1024, every = Infinity, probe = () => {} } = {}) {
  const hash = createHash("sha256");
  let pulled = 0;
  const stream = Readable.from(
    (function* () {
      const header = Buffer.from("%PDF-1.7\n");
      for (let at = 0; at < size; at += chunkSize) {
        const chunk = randomFillSync(Buffer.allocUnsafe(Math.min(chunkSize, size - at)));
        if (at === 0) header.copy(chunk);
        hash.update(chunk);
        if (Math.floor((pulled + chunk.length) / every) > Math.floor(pulled / every)) probe();
        pulled += chunk.length;
        yield chunk;
      }
    })(),
    { objectMode: false },
  );
  return { stream, sha256: () => hash.digest("hex"), pulled: () => pulled };
}

export async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

export const sha256Of = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");
