// `npm run db:seed`: adds the demo school to DATABASE_URL (or the embedded database) if it is missing.
import { seedDemoSchool } from "@zang/core";
import { createDb, migrate, MIGRATIONS_DIR, resolveDatabase } from "@zang/db";
import { readEnv } from "../env.ts";

const env = readEnv();
const target = await resolveDatabase({ url: env.DATABASE_URL, ...(env.ZANG_DATA_DIR ? { dataDir: env.ZANG_DATA_DIR } : {}) });
const db = createDb({ url: target.url, poolSize: 2 });
try {
  await migrate({ url: target.url, migrationsDir: MIGRATIONS_DIR });
  const { created } = await seedDemoSchool({ db });
  console.log(created ? "Demo school created." : "Demo school already exists; nothing changed.");
} finally {
  await db.close();
  await target.stop();
}
