// Drift guard for CI: the database built by prisma/migrations must be exactly what schema.prisma
// (and so the generated client) expects. The later tests prove the check notices each kind of drift.
import { readFileSync } from "node:fs";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "../generated/prisma/client.ts";
import { SCHEMA_PATH } from "../paths.ts";
import { createTestDatabase, testDatabaseUrl, type TestDatabase } from "../testing/index.ts";
import { readActualSchema } from "./actual-schema.ts";
import { compareSchema } from "./compare-schema.ts";
import { expectedSchema } from "./expected-schema.ts";
import { findSchemaDrift } from "./find-drift.ts";
import { FIXTURE_MIGRATION_SQL, FIXTURE_SCHEMA } from "./fixture-schema.ts";
import { loadDatamodel } from "./load-datamodel.ts";

const datamodel = loadDatamodel(readFileSync(SCHEMA_PATH, "utf8"));

describe("schema.prisma and prisma/migrations", () => {
  it("build the database the generated client expects, with nothing missing or extra", async () => {
    const drift = await findSchemaDrift({ url: testDatabaseUrl() });
    expect(drift, `The migrated database differs from schema.prisma:\n  ${drift.join("\n  ")}\n`).toEqual([]);
  });

  it("match the generated client's models and fields (run `npm run db:generate` if not)", () => {
    const generated = new Map<string, unknown>(Object.entries(Prisma));
    const clientFields = Object.values(Prisma.ModelName).map((model) => [model, fieldNames(generated.get(`${model}ScalarFieldEnum`))]);
    const schemaFields = datamodel.models.map((model) => [model.name, model.fields.filter((f) => f.kind !== "object").map((f) => f.name)]);
    expect(Object.fromEntries(clientFields), "The generated client is stale: run `npm run db:generate`").toEqual(
      Object.fromEntries(schemaFields),
    );
  });
});

function fieldNames(scalarFieldEnum: unknown): string[] {
  return typeof scalarFieldEnum === "object" && scalarFieldEnum !== null ? Object.values(scalarFieldEnum).map(String) : [];
}

describe("the drift check", () => {
  const expected = expectedSchema(datamodel);
  let scratch: TestDatabase;
  let client: pg.Client;

  beforeAll(async () => {
    scratch = await createTestDatabase({ poolSize: 1 });
    client = new pg.Client({ connectionString: scratch.url });
    await client.connect();
  });
  afterAll(async () => {
    await client?.end();
    await scratch?.drop();
  });

  /**
   * The differences some DDL introduces, read inside a transaction that is rolled back so each test
   * starts clean. Differences the migrations already have are left out: they fail the test above,
   * and these tests are about whether each kind of change is noticed.
   */
  async function driftAfter(ddl: string): Promise<string[]> {
    const before = compareSchema(expected, await readActualSchema(client));
    await client.query("BEGIN");
    try {
      await client.query(ddl);
      const after = compareSchema(expected, await readActualSchema(client));
      return after.filter((line) => !before.includes(line));
    } finally {
      await client.query("ROLLBACK");
    }
  }

  it("reports a dropped index", async () => {
    expect(await driftAfter(`DROP INDEX "Session_userId_idx"`)).toEqual([`index "Session_userId_idx" on "Session" is missing`]);
  });

  it("reports a unique index that lost its uniqueness", async () => {
    const ddl = `DROP INDEX "School_code_key"; CREATE INDEX "School_code_key" ON "School"("code")`;
    expect(await driftAfter(ddl)).toEqual([`index "School_code_key" on "School" is not unique, schema.prisma expects unique`]);
  });

  it("reports an index over other columns or in another order", async () => {
    const ddl = `DROP INDEX "ClassGroup_schoolId_name_idx"; CREATE INDEX "ClassGroup_schoolId_name_idx" ON "ClassGroup"("name", "schoolId" DESC)`;
    expect(await driftAfter(ddl)).toEqual([
      `index "ClassGroup_schoolId_name_idx" on "ClassGroup" is on ("name", "schoolId" DESC), schema.prisma expects ("schoolId", "name")`,
    ]);
  });

  it("reports a column whose nullability changed", async () => {
    expect(await driftAfter(`ALTER TABLE "User" ALTER COLUMN "sourcedId" SET NOT NULL`)).toEqual([
      `column "User"."sourcedId" is NOT NULL, schema.prisma expects nullable`,
    ]);
  });

  it("reports a column of another type", async () => {
    expect(await driftAfter(`ALTER TABLE "School" ALTER COLUMN "locale" TYPE varchar(5)`)).toEqual([
      `column "School"."locale" has type character varying(5), schema.prisma expects text`,
    ]);
  });

  it("reports a dropped or changed default", async () => {
    const ddl = `ALTER TABLE "School" ALTER COLUMN "locale" SET DEFAULT 'en'; ALTER TABLE "User" ALTER COLUMN "createdAt" DROP DEFAULT`;
    expect(await driftAfter(ddl)).toEqual([
      `column "School"."locale" has default 'en'::text, schema.prisma expects default 'fa'`,
      `column "User"."createdAt" has no default, schema.prisma expects default CURRENT_TIMESTAMP`,
    ]);
  });

  it("reports a dropped foreign key", async () => {
    expect(await driftAfter(`ALTER TABLE "Session" DROP CONSTRAINT "Session_userId_fkey"`)).toEqual([
      `foreign key "Session"("userId") → "User"("id") is missing`,
    ]);
  });

  it("reports a foreign key with another ON DELETE action", async () => {
    const ddl = `ALTER TABLE "Membership" DROP CONSTRAINT "Membership_userId_fkey";
      ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE`;
    expect(await driftAfter(ddl)).toEqual([
      `foreign key "Membership"("userId") → "User"("id") has ON DELETE RESTRICT, schema.prisma expects ON DELETE CASCADE`,
    ]);
  });

  it("reports a missing table and a missing column", async () => {
    expect(await driftAfter(`DROP TABLE "Credential"; ALTER TABLE "Session" DROP COLUMN "ipAddress"`)).toEqual([
      `table "Credential" is missing`,
      `column "Session"."ipAddress" is missing`,
    ]);
  });

  it("reports tables, columns, indexes and enum values that Prisma does not know, but not _prisma_migrations", async () => {
    const ddl = `CREATE TABLE "Scratch" ("id" integer PRIMARY KEY);
      ALTER TABLE "User" ADD COLUMN "nickname" text;
      CREATE INDEX "User_displayName_idx" ON "User"("displayName");
      ALTER TYPE "UserRole" ADD VALUE 'parent'`;
    expect(await driftAfter(ddl)).toEqual([
      `enum "UserRole" has value "parent" that schema.prisma does not have`,
      `table "Scratch" exists in the database but not in schema.prisma`,
      `column "User"."nickname" exists in the database but not in schema.prisma`,
      `index "User_displayName_idx" on "User" exists in the database but not in schema.prisma`,
    ]);
  });

  it("reads every type, default, key and index Prisma can create back as schema.prisma expects it", async () => {
    const fixture = expectedSchema(loadDatamodel(FIXTURE_SCHEMA));
    await client.query("BEGIN");
    try {
      await client.query(`CREATE SCHEMA "drift_fixture"; SET LOCAL search_path = "drift_fixture"; ${FIXTURE_MIGRATION_SQL}`);
      expect(compareSchema(fixture, await readActualSchema(client, "drift_fixture"))).toEqual([]);
    } finally {
      await client.query("ROLLBACK");
    }
  });
});
