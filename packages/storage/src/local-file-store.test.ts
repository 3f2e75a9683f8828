import { mkdtemp, rm, stat } from "node:fs/promises";
import { Readable } from "node:stream";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createFileStore } from "./create-file-store.ts";
import { describeFileStore } from "./testing/file-store-contract.ts";

async function makeLocalStore() {
  const rootDir = await mkdtemp(join(tmpdir(), "zang-files-"));
  return { store: createFileStore({ kind: "local", rootDir }), rootDir, cleanup: () => rm(rootDir, { recursive: true, force: true }) };
}

describeFileStore("local", makeLocalStore);

describe("local file store", () => {
  it("has no links to sign, so the API streams files itself", async () => {
    const { store, cleanup } = await makeLocalStore();
    try {
      expect(await store.presignDownload("sha256/ab/cd/x", { filename: "a.pdf", contentType: "application/pdf", expiresInSeconds: 60 })).toBeNull();
      expect(await store.presignUpload({ size: 10, expiresInSeconds: 60 })).toBeNull();
    } finally {
      await cleanup();
    }
  });

  it("keeps its files readable by the API's user only", async () => {
    const { store, rootDir, cleanup } = await makeLocalStore();
    try {
      const tempKey = await store.writeTemp(Readable.from([Buffer.from("first codes")]));
      await store.commitTemp(tempKey, { key: "roster/job/login-codes.csv", contentType: "text/csv" });
      expect((await stat(join(rootDir, "roster", "job", "login-codes.csv"))).mode & 0o777).toBe(0o600);
    } finally {
      await cleanup();
    }
  });
});
