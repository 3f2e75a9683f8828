import { createReadStream } from "node:fs";
import { mkdir, open, readdir, rename, rm, stat, type FileHandle } from "node:fs/promises";
import { dirname, join, relative, resolve, sep } from "node:path";
import type { Readable } from "node:stream";
import { resolveRange, type ByteRange } from "./byte-range.ts";
import { FileNotFoundError, FileStoreError } from "./errors.ts";
import type { FileStore } from "./file-store.ts";
import { assertSafeKey, newTempKey } from "./keys.ts";

export type LocalFileStoreConfig = { kind: "local"; rootDir: string };

/**
 * Files in a folder (the embedded default; keep it git-ignored). Temp files live under the same
 * root so the final rename stays on one filesystem and is atomic: a reader sees a whole file or
 * none. There are no links to sign, so the API streams downloads itself and takes uploads in
 * its own request.
 */
export function createLocalFileStore({ rootDir }: LocalFileStoreConfig): FileStore {
  const root = resolve(rootDir);
  const pathOf = (key: string) => {
    assertSafeKey(key);
    return join(root, ...key.split("/"));
  };

  return {
    driver: "local",

    async writeTemp(body: Readable) {
      const key = newTempKey();
      const path = pathOf(key);
      await mkdir(dirname(path), { recursive: true });
      try {
        // Only the API reads these (students' work, login-code sheets): no one else on the machine.
        const handle = await open(path, "wx", 0o600);
        try {
          for await (const chunk of body) await writeFully(handle, chunk);
          // On disk before the rename makes it visible, so a crash cannot leave a short file under a content key.
          await handle.sync();
        } finally {
          await handle.close();
        }
      } catch (error) {
        await rm(path, { force: true });
        throw error;
      }
      return key;
    },

    async commitTemp(tempKey, { key }) {
      const from = pathOf(tempKey);
      const to = pathOf(key);
      try {
        if (await pathExists(to)) {
          await rm(from, { force: true });
          return { deduplicated: true };
        }
        await mkdir(dirname(to), { recursive: true });
        // Two uploads of the same bytes may race here; the later rename replaces identical content.
        await rename(from, to);
        await syncDirectory(dirname(to));
        return { deduplicated: false };
      } catch (error) {
        await rm(from, { force: true });
        throw new FileStoreError("Could not move a file into place.", { cause: error });
      }
    },

    async openRead(key: string, range?: ByteRange) {
      const path = pathOf(key);
      const size = await fileSize(path, key);
      const { start, end } = resolveRange(range, size);
      const body = size === 0 ? createReadStream(path) : createReadStream(path, { start, end });
      return { body, size, start, end, contentType: undefined };
    },

    async exists(key: string) {
      return pathExists(pathOf(key));
    },

    async delete(key: string) {
      await rm(pathOf(key), { force: true });
    },

    async *listKeys(prefix = "") {
      for await (const path of walk(root)) {
        const key = relative(root, path).split(sep).join("/");
        if (key.startsWith(prefix)) yield key;
      }
    },

    async presignDownload() {
      return null;
    },

    async presignUpload() {
      return null;
    },

    async stagePresignedUpload() {
      throw new FileStoreError("The local store takes no presigned uploads: upload through the API.");
    },
  };
}

/** `write` may take only part of a buffer; awaiting each write is also the backpressure. */
async function writeFully(handle: FileHandle, chunk: Uint8Array): Promise<void> {
  for (let written = 0; written < chunk.length; ) {
    const { bytesWritten } = await handle.write(chunk, written);
    written += bytesWritten;
  }
}

async function fileSize(path: string, key: string): Promise<number> {
  try {
    return (await stat(path)).size;
  } catch (error) {
    if (isMissing(error)) throw new FileNotFoundError(key);
    throw error;
  }
}

async function pathExists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch (error) {
    if (isMissing(error)) return false;
    throw error;
  }
}

/** Makes the rename itself durable. Not every platform can open a folder for syncing; there, skip. */
async function syncDirectory(path: string): Promise<void> {
  let handle;
  try {
    handle = await open(path, "r");
    await handle.sync();
  } catch {
    // Windows cannot fsync a directory; the rename is still atomic.
  } finally {
    await handle?.close();
  }
}

async function* walk(dir: string): AsyncGenerator<string> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    if (isMissing(error)) return;
    throw error;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else yield path;
  }
}

function isMissing(error: unknown): boolean {
  return error instanceof Error && "code" in error && error.code === "ENOENT";
}
