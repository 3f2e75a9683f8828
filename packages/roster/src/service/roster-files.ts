// A web import's files in the platform's file store, so that every API process reaches them, not
// only the one that took the upload: the upload itself (imported again after a dry run, perhaps by
// another process) and the login-code sheet (the only copy of the new accounts' first codes).
// Keys: `roster/<jobId>/upload` and `roster/<jobId>/login-codes.csv`. An import reads a local copy:
// a zip is read from its end, which a stream cannot do.
import { createReadStream, createWriteStream } from "node:fs";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { FileNotFoundError, type FileStore } from "@zang/storage";

const PREFIX = "roster/";
const UPLOAD = "upload";
const LOGIN_CODES = "login-codes.csv";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const keyOf = (jobId: string, name: string) => `${PREFIX}${jobId}/${name}`;

export type RosterFiles = ReturnType<typeof rosterFiles>;

export function rosterFiles(store: FileStore) {
  return {
    keepUpload: (jobId: string, path: string) => keep(store, path, keyOf(jobId, UPLOAD), "application/octet-stream"),
    keepLoginCodes: (jobId: string, path: string) => keep(store, path, keyOf(jobId, LOGIN_CODES), "text/csv; charset=utf-8"),

    /** Copies a job's upload to `path`; its size, or null when it is not kept (any more). */
    async fetchUpload(jobId: string, path: string): Promise<number | null> {
      const stored = await openOrNull(store, keyOf(jobId, UPLOAD));
      if (!stored) return null;
      await pipeline(stored.body, createWriteStream(path, { mode: 0o600 }));
      return stored.size;
    },

    async openLoginCodes(jobId: string): Promise<Readable | null> {
      return (await openOrNull(store, keyOf(jobId, LOGIN_CODES)))?.body ?? null;
    },

    /** Every job that has files kept, with their keys. */
    async listByJob(): Promise<Map<string, string[]>> {
      const byJob = new Map<string, string[]>();
      for await (const key of store.listKeys(PREFIX)) {
        const jobId = key.slice(PREFIX.length).split("/")[0]!;
        if (!UUID.test(jobId)) continue; // not written here: leave it alone
        byJob.set(jobId, [...(byJob.get(jobId) ?? []), key]);
      }
      return byJob;
    },

    delete: (key: string) => store.delete(key),
  };
}

async function keep(store: FileStore, path: string, key: string, contentType: string): Promise<void> {
  const tempKey = await store.writeTemp(createReadStream(path));
  await store.commitTemp(tempKey, { key, contentType });
}

async function openOrNull(store: FileStore, key: string) {
  try {
    return await store.openRead(key);
  } catch (error) {
    if (error instanceof FileNotFoundError) return null;
    throw error;
  }
}
