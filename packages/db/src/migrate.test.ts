// The migration runner against a real database (PGlite, or the server in DATABASE_URL), with
// synthetic migrations in temporary folders.
import { createHash } from "node:crypto";
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { migrate, MigrationError } from "./migrate.ts";
import { createTestDatabase, type TestDatabase } from "./testing/index.ts";

const CREATE_PERSON = "20260101000000_create_person";
const ADD_EMAIL = "20260102000000_add_email";
const ADD_NOTE = "20260103000000_add_note";

const SQL: Record<string, string> = {
  [CREATE_PERSON]: `CREATE TABLE "person" ("id" INTEGER NOT NULL, CONSTRAINT "person_pkey" PRIMARY KEY ("id"));\n`,
  [ADD_EMAIL]: `ALTER TABLE "person" ADD COLUMN "email" TEXT;\n`,
  [ADD_NOTE]: `CREATE TABLE "note" ("id" INTEGER NOT NULL);\n`,
};

type MigrationRow = {
  id: string;
  checksum: string;
  migration_name: string;
  started_at: Date;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  logs: string | null;
  applied_steps_count: number;
};

let database: TestDatabase;
let client: pg.Client;
const folders: string[] = [];

beforeAll(async () => {
  database = await createTestDatabase({ poolSize: 4 });
  client = new pg.Client({ connectionString: database.url });
  await client.connect();
});
afterAll(async () => {
  await client?.end();
  await database?.drop();
});
// The harness hands out a database already carrying Zang's migrations; these tests need an empty one.
beforeEach(() => client.query(`DROP SCHEMA public CASCADE; CREATE SCHEMA public`));
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A migrations folder like prisma/migrations, holding the named migrations (written in the given order). */
function migrationsFolder(names: string[], sql: Record<string, string> = SQL): string {
  const folder = mkdtempSync(join(tmpdir(), "zang-migrations-"));
  folders.push(folder);
  writeFileSync(join(folder, "migration_lock.toml"), `provider = "postgresql"\n`);
  for (const name of names) addMigration(folder, name, sql[name] ?? "");
  return folder;
}

function addMigration(folder: string, name: string, sql: string): void {
  mkdirSync(join(folder, name));
  writeFileSync(join(folder, name, "migration.sql"), sql);
}

const run = (migrationsDir: string) => migrate({ url: database.url, migrationsDir });
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

async function recordedMigrations(): Promise<MigrationRow[]> {
  const { rows } = await client.query<MigrationRow>(`SELECT * FROM "_prisma_migrations" ORDER BY migration_name`);
  return rows;
}

async function tableExists(name: string): Promise<boolean> {
  const { rows } = await client.query<{ exists: boolean }>(`SELECT to_regclass($1) IS NOT NULL AS exists`, [`public."${name}"`]);
  return rows[0]?.exists ?? false;
}

describe("migrate", () => {
  it("applies pending migrations in name order and records each as Prisma Migrate does", async () => {
    // Written newest first: the order must come from the names, not from the file system.
    const result = await run(migrationsFolder([ADD_EMAIL, CREATE_PERSON]));

    expect(result).toEqual({ applied: [CREATE_PERSON, ADD_EMAIL], alreadyApplied: 0 });
    const rows = await recordedMigrations();
    expect(rows.map((row) => [row.migration_name, row.checksum, row.applied_steps_count, row.rolled_back_at, row.logs])).toEqual([
      [CREATE_PERSON, sha256(SQL[CREATE_PERSON]!), 1, null, null],
      [ADD_EMAIL, sha256(SQL[ADD_EMAIL]!), 1, null, null],
    ]);
    for (const row of rows) {
      expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      expect(row.finished_at?.getTime()).toBeGreaterThanOrEqual(row.started_at.getTime());
    }
    expect(rows[1]!.started_at.getTime()).toBeGreaterThanOrEqual(rows[0]!.finished_at!.getTime());
    await expect(client.query(`SELECT "id", "email" FROM "person"`)).resolves.toBeDefined();
  });

  it("applies nothing when every migration is already applied", async () => {
    const folder = migrationsFolder([CREATE_PERSON, ADD_EMAIL]);
    await run(folder);

    expect(await run(folder)).toEqual({ applied: [], alreadyApplied: 2 });
    expect(await recordedMigrations()).toHaveLength(2);
  });

  it("applies only the migrations added since the last run", async () => {
    const folder = migrationsFolder([CREATE_PERSON]);
    await run(folder);
    addMigration(folder, ADD_EMAIL, SQL[ADD_EMAIL]!);

    expect(await run(folder)).toEqual({ applied: [ADD_EMAIL], alreadyApplied: 1 });
  });

  it("refuses to run when an applied migration's file was changed, and applies nothing", async () => {
    const folder = migrationsFolder([CREATE_PERSON]);
    await run(folder);
    appendFileSync(join(folder, CREATE_PERSON, "migration.sql"), "-- an afterthought\n");
    addMigration(folder, ADD_NOTE, SQL[ADD_NOTE]!);

    const refusal = run(folder);
    await expect(refusal).rejects.toThrow(MigrationError);
    await expect(refusal).rejects.toThrow(
      `Migration ${CREATE_PERSON} was changed after it was applied (checksum ${sha256(SQL[CREATE_PERSON]! + "-- an afterthought\n")} in the file, ${sha256(SQL[CREATE_PERSON]!)} in the database). Restore the file and put the change in a new migration.`,
    );
    expect(await tableExists("note")).toBe(false);
  });

  it("refuses to run while a migration is recorded as started but not finished", async () => {
    const folder = migrationsFolder([CREATE_PERSON, ADD_EMAIL]);
    await run(migrationsFolder([CREATE_PERSON]));
    // What Prisma Migrate leaves behind when a migration fails half-way.
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at) VALUES (gen_random_uuid(), $1, $2, now())`,
      [sha256(SQL[ADD_EMAIL]!), ADD_EMAIL],
    );

    await expect(run(folder)).rejects.toThrow(`Migration ${ADD_EMAIL} started but did not finish`);
    const { rows } = await client.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'person'`);
    expect(rows.map((row) => row.column_name)).toEqual(["id"]);
  });

  it("refuses a database that has a migration this checkout does not know", async () => {
    await run(migrationsFolder([CREATE_PERSON, ADD_EMAIL]));

    await expect(run(migrationsFolder([CREATE_PERSON]))).rejects.toThrow(
      `The database has migration ${ADD_EMAIL}, which is not in this checkout`,
    );
  });

  it("leaves neither a row nor a partial schema behind when a migration fails, so a fixed file applies cleanly", async () => {
    const broken = `CREATE TABLE "half_done" ("id" INTEGER);\nINSERT INTO "no_such_table" VALUES (1);\n`;
    const folder = migrationsFolder([CREATE_PERSON, ADD_NOTE], { ...SQL, [ADD_NOTE]: broken });

    await expect(run(folder)).rejects.toThrow(`Migration ${ADD_NOTE} failed: relation "no_such_table" does not exist`);
    expect((await recordedMigrations()).map((row) => row.migration_name)).toEqual([CREATE_PERSON]);
    expect(await tableExists("half_done")).toBe(false);

    writeFileSync(join(folder, ADD_NOTE, "migration.sql"), SQL[ADD_NOTE]!);
    expect(await run(folder)).toEqual({ applied: [ADD_NOTE], alreadyApplied: 1 });
  });

  it("applies each migration exactly once when two runs race on a fresh database", async ({ skip }) => {
    // PGlite serves every connection from one backend session, so the advisory lock one run takes is
    // already held by the other and cannot exclude it: the lock can only be proven on a real server.
    // (The embedded database is opened by one process only, which migrates it once at start.)
    skip(database.isEmbedded, "needs a real PostgreSQL server (set DATABASE_URL)");
    const slow = `SELECT pg_sleep(0.3);\n${SQL[CREATE_PERSON]}`;
    const folder = migrationsFolder([CREATE_PERSON, ADD_EMAIL, ADD_NOTE], { ...SQL, [CREATE_PERSON]: slow });

    const results = await Promise.all([run(folder), run(folder)]);

    expect(results.flatMap((result) => result.applied).sort()).toEqual([CREATE_PERSON, ADD_EMAIL, ADD_NOTE]);
    expect(results.map((result) => result.applied.length).sort()).toEqual([0, 3]);
    expect((await recordedMigrations()).map((row) => row.migration_name)).toEqual([CREATE_PERSON, ADD_EMAIL, ADD_NOTE]);
  });
});
