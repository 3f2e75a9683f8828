export { createDb, type Db, type CreateDbOptions } from "./client.ts";
export { resolveDatabase, type DatabaseTarget } from "./connection.ts";
export { startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded.ts";
export { isEmbeddedServer } from "./embedded-server.ts";
export { preparedQuery } from "./prepared-query.ts";
export { migrate, readMigrations, checksumOf, MigrationError, type MigrateResult } from "./migrate.ts";
export { MIGRATIONS_DIR, SCHEMA_PATH, DEFAULT_DATA_DIR, REPO_ROOT } from "./paths.ts";
export { Prisma, PrismaClient } from "./generated/prisma/client.ts";
export type { UserRole, ClassRole, AuditAction } from "./generated/prisma/enums.ts";
