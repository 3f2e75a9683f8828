// Vitest global setup shared by every package whose tests need a database: one fresh database per
// test run, handed to the test files as ZANG_TEST_DATABASE_URL.
import { createTestDatabase } from "./test-database.ts";

export default async function setup() {
  const database = await createTestDatabase();
  process.env.ZANG_TEST_DATABASE_URL = database.url;
  return async () => {
    await database.drop();
  };
}
