// `npm run db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded database.
import { resolveDatabase } from "../connection.ts";
import { migrate, MigrationError } from "../migrate.ts";
import { MIGRATIONS_DIR } from "../paths.ts";

const target = await resolveDatabase({ url: process.env.DATABASE_URL || undefined });
try {
  const where = target.isEmbedded ? "embedded database (.data/pglite)" : "DATABASE_URL";
  const result = await migrate({ url: target.url, migrationsDir: MIGRATIONS_DIR, log: (line) => console.log(line) });
  console.log(
    result.applied.length === 0
      ? `${where}: up to date (${result.alreadyApplied} migrations applied earlier)`
      : `${where}: applied ${result.applied.length} migration(s)`,
  );
} catch (error) {
  console.error(error instanceof MigrationError ? `db:migrate refused: ${error.message}` : error);
  process.exitCode = 1;
} finally {
  await target.stop();
}
