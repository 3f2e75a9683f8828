// The whole drift check in one call: schema.prisma's expectations against a live database.
import { readFileSync } from "node:fs";
import pg from "pg";
import { SCHEMA_PATH } from "../paths.ts";
import { readActualSchema } from "./actual-schema.ts";
import { compareSchema } from "./compare-schema.ts";
import { expectedSchema } from "./expected-schema.ts";
import { loadDatamodel } from "./load-datamodel.ts";

export type FindDriftOptions = {
  url: string;
  schemaPath?: string;
  /** PostgreSQL schema (namespace) the models live in. */
  schema?: string;
};

/** Human-readable differences; empty when the database is exactly what schema.prisma expects. */
export async function findSchemaDrift({ url, schemaPath = SCHEMA_PATH, schema = "public" }: FindDriftOptions): Promise<string[]> {
  const expected = expectedSchema(loadDatamodel(readFileSync(schemaPath, "utf8")));
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return compareSchema(expected, await readActualSchema(client, schema));
  } finally {
    await client.end();
  }
}
