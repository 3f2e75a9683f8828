import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createFileStore } from "./create-file-store.ts";
import { describeFileStore } from "./testing/file-store-contract.ts";

async function makeLocalStore() {
  const rootDir = await mkdtemp(join(tmpdir(), "zang-files-"));
  return { store: createFileStore({ kind: "local", rootDir }), cleanup: () => rm(rootDir, { recursive: true, force: true }) };
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
});
