import { createHash } from "node:crypto";
import { Readable } from "node:stream";
import { checkZipClaim, decideKind, decideZipKind, rejectForeign } from "./decide-kind.ts";
import { FileRejectedError, FileStoreError } from "./errors.ts";
import { extensionOf, type FileKind } from "./file-kinds.ts";
import type { UploadPolicy } from "./file-store.ts";
import { OfficePartScanner } from "./office-part-scanner.ts";
import { SNIFF_BYTES, sniffFileKind } from "./sniff-file-kind.ts";

export type InspectionOptions = {
  policy: UploadPolicy;
  /** Already sanitized. */
  fileName: string;
  declaredType?: string;
  /** The request's Content-Length, when it had one: fewer or more bytes means a broken upload. */
  declaredSize?: number;
};

export type Inspected = { sha256: string; size: number; kind: FileKind };

/**
 * Passes an upload through once — counting, hashing and sniffing as the bytes go by — so the
 * body never sits whole in memory. `chunks` is what the store should write; it fails with a
 * FileRejectedError the moment the file breaks a rule (the size limit at the first byte over it,
 * the type after the first 4 KB), which makes the store stop writing and drop its temp object.
 */
export class UploadInspection {
  readonly chunks: Readable;
  #rejection: FileRejectedError | undefined;
  #result: Inspected | undefined;

  constructor(body: Readable, options: InspectionOptions) {
    this.chunks = Readable.from(this.#inspect(body, options), { objectMode: false });
  }

  /** Why the file was refused, if it was — preferred over whatever error the store then raised. */
  get rejection(): FileRejectedError | undefined {
    return this.#rejection;
  }

  /** Set once every byte has passed and the file was accepted. */
  get result(): Inspected | undefined {
    return this.#result;
  }

  /** Reads the whole body without storing it (to check an object that is already stored). */
  async drain(): Promise<Inspected> {
    for await (const _chunk of this.chunks);
    if (!this.#result) throw this.#rejection ?? new FileStoreError("The inspection ended without a result.");
    return this.#result;
  }

  async *#inspect(body: Readable, { policy, fileName, declaredType, declaredSize }: InspectionOptions): AsyncGenerator<Buffer> {
    const claim = { extension: extensionOf(fileName), declaredType, allowed: policy.allowedTypes };
    const hash = createHash("sha256");
    const head: Buffer[] = [];
    let headSize = 0;
    let size = 0;
    /** Set by the sniff: the kinds the bytes fit, or a scanner for a ZIP's entry names. */
    let sniffed: { kinds: readonly FileKind[] } | { zip: OfficePartScanner } | undefined;

    const sniff = (isWholeFile: boolean) => {
      const bytes = Buffer.concat(head);
      const verdict = sniffFileKind(bytes, { isWholeFile });
      switch (verdict.verdict) {
        case "kinds":
          decideKind(verdict.kinds, claim);
          sniffed = { kinds: verdict.kinds };
          return;
        case "zip": {
          checkZipClaim(claim);
          const scanner = new OfficePartScanner();
          scanner.scan(bytes);
          sniffed = { zip: scanner };
          return;
        }
        case "foreign":
          throw rejectForeign(verdict, claim);
      }
    };

    try {
      for await (const received of body) {
        const chunk = toBuffer(received);
        size += chunk.length;
        if (size > policy.maxBytes) throw tooLarge(policy.maxBytes);
        if (declaredSize !== undefined && size > declaredSize) throw incomplete("More bytes arrived than the upload announced.");
        hash.update(chunk);
        if (sniffed === undefined) {
          head.push(chunk);
          headSize += chunk.length;
          if (headSize >= SNIFF_BYTES) sniff(false);
        } else if ("zip" in sniffed) {
          sniffed.zip.scan(chunk);
        }
        yield chunk;
      }
      if (size === 0) throw new FileRejectedError({ reason: "empty", message: "The file is empty." });
      if (declaredSize !== undefined && size !== declaredSize) throw incomplete("The upload ended before the whole file arrived.");
      if (sniffed === undefined) sniff(true);
      const kind = sniffed !== undefined && "zip" in sniffed ? decideZipKind(sniffed.zip.kinds, claim) : decideKind(sniffed?.kinds ?? [], claim);
      this.#result = { sha256: hash.digest("hex"), size, kind };
    } catch (error) {
      this.#rejection = error instanceof FileRejectedError ? error : incomplete("The upload was interrupted.", error);
      throw this.#rejection;
    }
  }
}

function toBuffer(chunk: unknown): Buffer {
  if (Buffer.isBuffer(chunk)) return chunk;
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  if (typeof chunk === "string") return Buffer.from(chunk, "utf8");
  throw new TypeError("An upload body must yield bytes.");
}

export function tooLarge(maxBytes: number): FileRejectedError {
  return new FileRejectedError({ reason: "too_large", message: `The file is larger than ${formatBytes(maxBytes)}.` });
}

function incomplete(detail: string, cause?: unknown): FileRejectedError {
  return new FileRejectedError({ reason: "incomplete", message: `${detail} Please try again.`, cause });
}

/** 20 MB, 512 KB, 300 bytes — binary units, as file managers show them. */
export function formatBytes(bytes: number): string {
  const units = [
    { size: 1024 ** 3, name: "GB" },
    { size: 1024 ** 2, name: "MB" },
    { size: 1024, name: "KB" },
  ];
  for (const { size, name } of units) {
    if (bytes >= size) return `${Number((bytes / size).toFixed(1))} ${name}`;
  }
  return `${bytes} bytes`;
}
