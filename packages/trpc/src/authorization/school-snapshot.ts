import type { Db } from "@zang/db";

/**
 * A fingerprint of everything one school owns: every table with a `schoolId` column, and every
 * table that hangs off a user through `userId`. Found from the catalog, so tables added by later
 * issues are covered without touching this file.
 */
export async function snapshotSchool(db: Db, schoolId: string): Promise<Record<string, string>> {
  const { rows: tables } = await db.pool.query<{ table_name: string; has_school: boolean; has_user: boolean }>(`
    SELECT table_name,
           bool_or(column_name = 'schoolId') AS has_school,
           bool_or(column_name = 'userId') AS has_user
    FROM information_schema.columns
    WHERE table_schema = current_schema() AND table_name <> '_prisma_migrations'
    GROUP BY table_name
    HAVING bool_or(column_name IN ('schoolId', 'userId'))
    ORDER BY table_name`);
  const snapshot: Record<string, string> = {};
  const school = await db.pool.query(`SELECT md5(s::text) AS digest FROM "School" s WHERE id = $1`, [schoolId]);
  snapshot.School = school.rows[0]?.digest ?? "missing";
  for (const table of tables) {
    const from = table.has_school
      ? `FROM "${table.table_name}" t WHERE t."schoolId" = $1`
      : `FROM "${table.table_name}" t JOIN "User" u ON u.id = t."userId" WHERE u."schoolId" = $1`;
    const { rows } = await db.pool.query(`SELECT count(*)::int AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS digest ${from}`, [
      schoolId,
    ]);
    snapshot[table.table_name] = `${rows[0].n}:${rows[0].digest}`;
  }
  return snapshot;
}
