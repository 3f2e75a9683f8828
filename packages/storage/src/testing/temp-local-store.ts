import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createFileStore } from "../create-file-store.ts";

/** A local file store in a fresh temp folder, for a test; `cleanup` removes the folder. */
export async function createTempLocalStore() {
  const rootDir = await mkdtemp(join(tmpdir(), "zang-files-"));
  return { store: createFileStore({ kind: "local", rootDir }), rootDir, cleanup: () => rm(rootDir, { recursive: true, force: true }) };
}
