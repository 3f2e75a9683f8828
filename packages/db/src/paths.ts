// Locations inside the repository that the database tooling needs; resolved from this file so
// commands work from any working directory.
import { fileURLToPath } from "node:url";
import { resolve } from "node:path";

export const REPO_ROOT = resolve(fileURLToPath(new URL("../../..", import.meta.url)));
export const MIGRATIONS_DIR = resolve(REPO_ROOT, "prisma/migrations");
export const SCHEMA_PATH = resolve(REPO_ROOT, "prisma/schema.prisma");
/** Git-ignored home of the embedded database (and, later, local file storage). */
export const DEFAULT_DATA_DIR = resolve(REPO_ROOT, ".data");
