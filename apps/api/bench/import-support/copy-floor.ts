// The floor: psql's \copy of the rows the import wrote, into the same tables (with their indexes,
// constraints and foreign keys) of a fresh database, timed on the same machine in the same run.
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** Tables the import writes, in an order their foreign keys accept, with the columns it fills. */
export const FLOOR_TABLES = [
  { table: "User", columns: ["id", "schoolId", "sourcedId", "username", "givenName", "familyName", "displayName", "role", "disabledAt", "createdAt", "updatedAt"] },
  { table: "Credential", columns: ["userId", "passwordHash", "oneTimeCodeHash", "mustChangePassword", "updatedAt"] },
  { table: "ClassGroup", columns: ["id", "schoolId", "sourcedId", "name", "grade", "createdAt", "updatedAt"] },
  { table: "Membership", columns: ["classId", "userId", "schoolId", "role", "sourcedId", "createdAt"] },
] as const;

const list = (columns: readonly string[]) => columns.map((column) => `"${column}"`).join(", ");

/** Exports the imported school's rows to CSV files (untimed). */
export async function exportImportedRows({ url, schoolId, dir }: { url: string; schoolId: string; dir: string }): Promise<void> {
  for (const { table, columns } of FLOOR_TABLES) {
    const where = table === "Credential" ? `"userId" IN (SELECT id FROM "User" WHERE "schoolId" = '${schoolId}')` : `"schoolId" = '${schoolId}'`;
    await psql(url, `\\copy (SELECT ${list(columns)} FROM "${table}" WHERE ${where}) TO '${join(dir, `${table}.csv`)}' WITH (FORMAT csv)`);
  }
}

/** Copies the exported rows into `url` (which has the school row already); returns seconds per table. */
export async function copyFloor({ url, dir }: { url: string; dir: string }): Promise<{ seconds: number; perTable: Record<string, number> }> {
  const perTable: Record<string, number> = {};
  let seconds = 0;
  for (const { table, columns } of FLOOR_TABLES) {
    const started = performance.now();
    await psql(url, `\\copy "${table}" (${list(columns)}) FROM '${join(dir, `${table}.csv`)}' WITH (FORMAT csv)`);
    perTable[table] = (performance.now() - started) / 1000;
    seconds += perTable[table]!;
  }
  return { seconds, perTable };
}

async function psql(url: string, command: string): Promise<void> {
  await run("psql", [url, "-v", "ON_ERROR_STOP=1", "-qc", command], { maxBuffer: 1 << 20 });
}
