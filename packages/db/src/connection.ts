// Chooses the database: a real PostgreSQL when a URL is given, otherwise the embedded PGlite with
// its data under the repository's git-ignored `.data/` folder.
import { join } from "node:path";
import { startEmbeddedPostgres } from "./embedded.ts";
import { DEFAULT_DATA_DIR } from "./paths.ts";

export type DatabaseTarget = {
  url: string;
  isEmbedded: boolean;
  /** Pool size to use against this target. */
  poolSize: number;
  stop(): Promise<void>;
};

const EMBEDDED_POOL_SIZE = 4;

export async function resolveDatabase({ url, dataDir = DEFAULT_DATA_DIR }: { url?: string; dataDir?: string }): Promise<DatabaseTarget> {
  if (url) return { url, isEmbedded: false, poolSize: 20, stop: async () => {} };
  const embedded = await startEmbeddedPostgres({ dataDir: join(dataDir, "pglite"), poolSize: EMBEDDED_POOL_SIZE });
  return { url: embedded.url, isEmbedded: true, poolSize: EMBEDDED_POOL_SIZE, stop: embedded.stop };
}
