// Applies prisma/migrations/<timestamp>_<name>/migration.sql in order, recording each in
// `_prisma_migrations` exactly as Prisma Migrate does (same table, columns, sha256 checksum and
// advisory lock), so `prisma migrate status|deploy` agree with it wherever Prisma's schema engine
// can be installed. We need our own runner because that engine cannot be downloaded everywhere.
import { createHash, randomUUID } from "node:crypto";
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";

/** The key Prisma Migrate itself locks, so our runner and Prisma's never interleave. */
const PRISMA_ADVISORY_LOCK_KEY = 72707369;

const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export type LocalMigration = { name: string; sql: string; checksum: string };

export class MigrationError extends Error {
  override name = "MigrationError";
}

export function checksumOf(sql: string): string {
  return createHash("sha256").update(sql, "utf8").digest("hex");
}

/** Migration folders sorted by name (their timestamp prefix), as Prisma orders them. */
export function readMigrations(migrationsDir: string): LocalMigration[] {
  return readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(migrationsDir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(join(migrationsDir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: checksumOf(sql) };
    });
}

type AppliedRow = { migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null };

export type MigrateOptions = {
  url: string;
  migrationsDir: string;
  log?: (line: string) => void;
};

export type MigrateResult = { applied: string[]; alreadyApplied: number };

export async function migrate({ url, migrationsDir, log = () => {} }: MigrateOptions): Promise<MigrateResult> {
  const local = readMigrations(migrationsDir);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [PRISMA_ADVISORY_LOCK_KEY]);
    try {
      await client.query(CREATE_MIGRATIONS_TABLE);
      const { rows } = await client.query<AppliedRow>(
        `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at`,
      );
      const pending = planPending(local, rows);
      for (const migration of pending) {
        log(`applying ${migration.name}`);
        await applyOne(client, migration);
      }
      return { applied: pending.map((m) => m.name), alreadyApplied: local.length - pending.length };
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [PRISMA_ADVISORY_LOCK_KEY]);
    }
  } finally {
    await client.end();
  }
}

/** Decides what to apply, refusing every state in which Prisma Migrate would refuse too. */
export function planPending(local: LocalMigration[], appliedRows: AppliedRow[]): LocalMigration[] {
  const failed = appliedRows.find((row) => row.finished_at === null && row.rolled_back_at === null);
  if (failed) {
    throw new MigrationError(
      `Migration ${failed.migration_name} started but did not finish. Inspect the database, then mark it ` +
        `rolled back (UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE migration_name = '${failed.migration_name}') and run again.`,
    );
  }
  const applied = new Map(
    appliedRows.filter((row) => row.finished_at !== null && row.rolled_back_at === null).map((row) => [row.migration_name, row]),
  );
  const localNames = new Set(local.map((m) => m.name));
  for (const name of applied.keys()) {
    if (!localNames.has(name)) {
      throw new MigrationError(
        `The database has migration ${name}, which is not in this checkout. Is a newer version of Zang deployed against this database?`,
      );
    }
  }
  for (const migration of local) {
    const row = applied.get(migration.name);
    if (row && row.checksum !== migration.checksum) {
      throw new MigrationError(
        `Migration ${migration.name} was changed after it was applied (checksum ${migration.checksum} in the file, ` +
          `${row.checksum} in the database). Restore the file and put the change in a new migration.`,
      );
    }
  }
  return local.filter((m) => !applied.has(m.name));
}

async function applyOne(client: pg.Client, migration: LocalMigration): Promise<void> {
  // Unlike Prisma we wrap each migration in a transaction: PostgreSQL DDL is transactional, so a
  // failure leaves neither a half-applied schema nor a row to clean up by hand.
  await client.query("BEGIN");
  try {
    const id = randomUUID();
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count) VALUES ($1, $2, $3, now(), 0)`,
      [id, migration.checksum, migration.name],
    );
    await client.query(migration.sql);
    await client.query(`UPDATE "_prisma_migrations" SET finished_at = clock_timestamp(), applied_steps_count = 1 WHERE id = $1`, [id]);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw new MigrationError(`Migration ${migration.name} failed: ${(error as Error).message}`);
  }
}
