// A fresh, migrated database for one test run: a new database on the server named by
// DATABASE_URL (dropped afterwards), or an in-memory PGlite when no URL is set.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { startEmbeddedPostgres } from "../embedded.ts";
import { migrate } from "../migrate.ts";
import { MIGRATIONS_DIR } from "../paths.ts";

export type TestDatabase = {
  url: string;
  isEmbedded: boolean;
  drop(): Promise<void>;
};

export async function createTestDatabase({ serverUrl = process.env.DATABASE_URL, poolSize = 40 } = {}): Promise<TestDatabase> {
  if (!serverUrl) {
    const embedded = await startEmbeddedPostgres({ poolSize });
    await migrate({ url: embedded.url, migrationsDir: MIGRATIONS_DIR });
    return { url: embedded.url, isEmbedded: true, drop: embedded.stop };
  }
  const name = `zang_test_${randomBytes(6).toString("hex")}`;
  await withAdminClient(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  await migrate({ url: url.toString(), migrationsDir: MIGRATIONS_DIR });
  return {
    url: url.toString(),
    isEmbedded: false,
    drop: () => withAdminClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => {}),
  };
}

async function withAdminClient<T>(serverUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}
