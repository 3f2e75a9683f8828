export { createTestDatabase, type TestDatabase } from "./test-database.ts";

/** The URL of the database made by the shared global setup. */
export function testDatabaseUrl(): string {
  const url = process.env.ZANG_TEST_DATABASE_URL;
  if (!url) throw new Error("ZANG_TEST_DATABASE_URL is not set: add @zang/db/testing/global-setup to vitest's globalSetup");
  return url;
}
