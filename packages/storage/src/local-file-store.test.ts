import { stat } from "node:fs/promises";
import { Readable } from "node:stream";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { describeFileStore } from "./testing/file-store-contract.ts";
import { createTempLocalStore } from "./testing/temp-local-store.ts";

describeFileStore("local", createTempLocalStore);

describe("local file store", () => {
  it("has no links to sign, so the API streams files itself", async () => {
    const { store, cleanup } = await createTempLocalStore();
    try {
      expect(await store.presignDownload("sha256/ab/cd/x", { filename: "a.pdf", contentType: "application/pdf", expiresInSeconds: 60 })).toBeNull();
      expect(await store.presignUpload({ size: 10, expiresInSeconds: 60 })).toBeNull();
    } finally {
      await cleanup();
    }
  });

  it("keeps its files readable by the API's user only", async () => {
    const { store, rootDir, cleanup } = await createTempLocalStore();
    try {
      const tempKey = await store.writeTemp(Readable.from([Buffer.from("first codes")]));
      await store.commitTemp(tempKey, { key: "roster/job/login-codes.csv", contentType: "text/csv" });
      expect((await stat(join(rootDir, "roster", "job", "login-codes.csv"))).mode & 0o777).toBe(0o600);
    } finally {
      await cleanup();
    }
  });
});
