// Applies the valid staged rows to the school, set-based, inside the caller's transaction: users,
// their one-time login codes, classes, then enrollments. Every statement changes only rows that
// differ, so importing the same files again changes nothing. Users, classes and enrollments are
// matched by sourcedId within the school.
import { LOGIN_CODE_ALPHABET, LOGIN_CODE_LENGTH } from "@zang/core";
import type { KindMode } from "../input/read-roster.ts";
import type { OneRosterKind } from "../oneroster/oneroster-files.ts";
import type { StagingTables } from "../staging/staging-tables.ts";
import type { Sql } from "./sql-runner.ts";

export type KindCounts = { created: number; updated: number; unchanged: number; deactivated: number; rejected: number; ignored: number };
export type ImportCounts = { users: KindCounts; classes: KindCounts; enrollments: KindCounts; loginCodes: number };

export type ApplyContext = {
  sql: Sql;
  tables: StagingTables;
  schoolId: string;
  modes: Record<OneRosterKind, KindMode>;
  /** New codes for imported accounts that have not chosen a password yet. */
  resetCodes: boolean;
};

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/**
 * SQL for a fresh one-time code: 60 random bits from gen_random_uuid() (PostgreSQL's strong
 * random source), as base64, each symbol folded onto Crockford's 32 (64 = 2 × 32: no bias), so
 * 10 symbols carry 50 bits. Bytes 7 and 9 of a v4 UUID hold its version and variant: bytes 7 to 10 are skipped.
 */
const NEW_CODE_SQL = `translate(substr(encode(substr(uuid_send(gen_random_uuid()), 1, 6) || substr(uuid_send(gen_random_uuid()), 11, 6), 'base64'), 1, ${LOGIN_CODE_LENGTH}), '${BASE64}', '${LOGIN_CODE_ALPHABET}${LOGIN_CODE_ALPHABET}')`;

const counts = (): KindCounts => ({ created: 0, updated: 0, unchanged: 0, deactivated: 0, rejected: 0, ignored: 0 });

/** Runs a data-changing statement that ends in RETURNING 1 and counts its rows without fetching them. */
async function changed(sql: Sql, statement: string, params: unknown[] = []): Promise<number> {
  const [row] = await sql<{ n: number }>(`WITH changed AS (${statement}) SELECT count(*)::int AS n FROM changed`, params);
  return row?.n ?? 0;
}

/**
 * After a large insert the planner still believes the table's old size (a fresh school: empty),
 * and plans the next statements' anti-joins as nested loops over what are now a million rows.
 * ANALYZE inside the transaction counts its own new rows, so the following statements are planned
 * for the table as it now is.
 */
async function refreshStatistics(sql: Sql, table: string, inserted: number): Promise<void> {
  if (inserted >= STATISTICS_THRESHOLD) await sql(`ANALYZE ${table}`);
}
const STATISTICS_THRESHOLD = 1000;

/** Counts the plan's actions into `count` (created, updated, unchanged) and returns them all by name. */
async function tallyPlan(sql: Sql, plan: string, count: KindCounts): Promise<Record<string, number>> {
  const rows = await sql<{ action: string; n: number }>(`SELECT action, count(*)::int AS n FROM ${plan} GROUP BY action`);
  const planned: Record<string, number> = Object.fromEntries(rows.map((row) => [row.action, Number(row.n)]));
  count.created = planned.create ?? 0;
  count.updated = planned.update ?? 0;
  count.unchanged = planned.unchanged ?? 0;
  return planned;
}

/**
 * Sets `column` to now() on the school's imported rows of `table` that the roster retires: in a
 * bulk file every row it no longer lists, in a delta file the rows it marks tobedeleted. Rows made
 * in Zang itself (no sourcedId) and rows already retired are left alone.
 */
async function retireRows(sql: Sql, { table, column, staged, schoolId, mode }: { table: string; column: string; staged: string; schoolId: string; mode: KindMode }): Promise<number> {
  const update = `UPDATE ${table} t SET "${column}" = now(), "updatedAt" = now()`;
  return mode === "bulk"
    ? changed(
        sql,
        `${update}
         WHERE t."schoolId" = $1 AND t."sourcedId" IS NOT NULL AND t."${column}" IS NULL
           AND NOT EXISTS (SELECT 1 FROM ${staged} s WHERE s.sourced_id = t."sourcedId")
         RETURNING 1`,
        [schoolId],
      )
    : changed(
        sql,
        `${update} FROM ${staged} s
         WHERE s.valid AND s.status = 'tobedeleted' AND t."schoolId" = $1 AND t."sourcedId" = s.sourced_id AND t."${column}" IS NULL
         RETURNING 1`,
        [schoolId],
      );
}

export async function applyRoster(context: ApplyContext): Promise<ImportCounts> {
  const result: ImportCounts = { users: counts(), classes: counts(), enrollments: counts(), loginCodes: 0 };
  await applyUsers(context, result.users);
  result.loginCodes = await issueLoginCodes(context);
  await applyClasses(context, result.classes);
  await applyEnrollments(context, result.enrollments);
  return result;
}

/** Rows each staging table rejected or left out (roles Zang has no use for). */
export async function stagingCounts(sql: Sql, tables: StagingTables): Promise<Pick<ImportCounts, "users" | "classes" | "enrollments">> {
  const result = { users: counts(), classes: counts(), enrollments: counts() };
  for (const kind of ["users", "classes", "enrollments"] as const) {
    const ignoredCondition = kind === "classes" ? "false" : "valid AND status = 'active' AND role IS NULL";
    const [row] = await sql<{ rejected: number; ignored: number }>(
      `SELECT count(*) FILTER (WHERE NOT valid)::int AS rejected, count(*) FILTER (WHERE ${ignoredCondition})::int AS ignored FROM ${tables[kind].name}`,
    );
    result[kind].rejected = row?.rejected ?? 0;
    result[kind].ignored = row?.ignored ?? 0;
  }
  return result;
}

async function applyUsers({ sql, tables, schoolId, modes }: ApplyContext, count: KindCounts): Promise<void> {
  const staged = tables.users.name;
  const plan = `${tables.prefix}_user_plan`;
  await sql(`DROP TABLE IF EXISTS ${plan}`);
  await sql(
    `CREATE TEMP TABLE ${plan} AS
     SELECT s.sourced_id, s.username, s.given_name, s.family_name, s.role::"UserRole" AS role, NOT s.enabled AS is_disabled,
            u.id AS user_id, u."disabledAt" IS NOT NULL AS was_disabled,
            CASE WHEN u.id IS NULL THEN 'create'
                 WHEN NOT s.enabled AND u."disabledAt" IS NULL THEN 'deactivate'
                 WHEN u.username <> s.username OR u."givenName" <> s.given_name OR u."familyName" <> s.family_name
                   OR u."displayName" <> s.given_name || ' ' || s.family_name OR u.role <> s.role::"UserRole"
                   OR (s.enabled AND u."disabledAt" IS NOT NULL) THEN 'update'
                 ELSE 'unchanged' END AS action
     FROM ${staged} s LEFT JOIN "User" u ON u."schoolId" = $1 AND u."sourcedId" = s.sourced_id
     WHERE s.valid AND s.status = 'active' AND s.role IS NOT NULL`,
    [schoolId],
  );
  const created = await changed(
    sql,
    `INSERT INTO "User" ("schoolId", "sourcedId", username, "givenName", "familyName", "displayName", role, "disabledAt")
     SELECT $1, sourced_id, username, given_name, family_name, given_name || ' ' || family_name, role, CASE WHEN is_disabled THEN now() END
     FROM ${plan} WHERE action = 'create'
     RETURNING 1`,
    [schoolId],
  );
  await refreshStatistics(sql, `"User"`, created);
  await sql(
    `UPDATE "User" u SET username = p.username, "givenName" = p.given_name, "familyName" = p.family_name,
            "displayName" = p.given_name || ' ' || p.family_name, role = p.role,
            "disabledAt" = CASE WHEN p.is_disabled THEN coalesce(u."disabledAt", now()) END, "updatedAt" = now()
     FROM ${plan} p WHERE p.action IN ('update', 'deactivate') AND u.id = p.user_id`,
  );
  const planned = await tallyPlan(sql, plan, count);
  count.deactivated = planned.deactivate ?? 0;

  // Bulk: whoever the file no longer lists is deactivated (never deleted: their messages stay).
  // Delta: rows marked tobedeleted. Accounts made in Zang itself (no sourcedId) are never touched.
  count.deactivated += await retireRows(sql, { table: `"User"`, column: "disabledAt", staged, schoolId, mode: modes.users });
}

/**
 * New accounts (and, with resetCodes, imported accounts still without a password) get a fresh
 * one-time code; the plain codes stay in a temporary table for the login-code sheet only.
 */
async function issueLoginCodes({ sql, tables, schoolId, resetCodes }: ApplyContext): Promise<number> {
  const codes = `${tables.prefix}_codes`;
  await sql(`DROP TABLE IF EXISTS ${codes}`);
  await sql(
    `CREATE TEMP TABLE ${codes} AS
     SELECT u.id AS user_id, ${NEW_CODE_SQL} AS code, uuid_send(gen_random_uuid()) AS salt
     FROM ${tables.prefix}_user_plan p JOIN "User" u ON u."schoolId" = $1 AND u."sourcedId" = p.sourced_id
     LEFT JOIN "Credential" c ON c."userId" = u.id
     WHERE u."disabledAt" IS NULL
       AND (p.action = 'create' OR c."userId" IS NULL OR ($2 AND c."passwordHash" IS NULL))`,
    [schoolId, resetCodes],
  );
  return changed(
    sql,
    `INSERT INTO "Credential" ("userId", "oneTimeCodeHash", "mustChangePassword", "updatedAt")
     SELECT user_id, 'sha256$' || encode(salt, 'hex') || '$' || encode(sha256(salt || convert_to(code, 'UTF8')), 'hex'), true, now()
     FROM ${codes}
     ON CONFLICT ("userId") DO UPDATE SET "oneTimeCodeHash" = excluded."oneTimeCodeHash", "mustChangePassword" = true, "updatedAt" = now()
     RETURNING 1`,
  );
}

async function applyClasses({ sql, tables, schoolId, modes }: ApplyContext, count: KindCounts): Promise<void> {
  const staged = tables.classes.name;
  const plan = `${tables.prefix}_class_plan`;
  await sql(`DROP TABLE IF EXISTS ${plan}`);
  await sql(
    `CREATE TEMP TABLE ${plan} AS
     SELECT s.sourced_id, s.title, s.grade, c.id AS class_id,
            CASE WHEN c.id IS NULL THEN 'create'
                 WHEN c.name <> s.title OR c.grade IS DISTINCT FROM s.grade OR c."archivedAt" IS NOT NULL THEN 'update'
                 ELSE 'unchanged' END AS action
     FROM ${staged} s LEFT JOIN "ClassGroup" c ON c."schoolId" = $1 AND c."sourcedId" = s.sourced_id
     WHERE s.valid AND s.status = 'active'`,
    [schoolId],
  );
  const created = await changed(
    sql,
    `INSERT INTO "ClassGroup" ("schoolId", "sourcedId", name, grade) SELECT $1, sourced_id, title, grade FROM ${plan} WHERE action = 'create' RETURNING 1`,
    [schoolId],
  );
  await refreshStatistics(sql, `"ClassGroup"`, created);
  await sql(
    `UPDATE "ClassGroup" c SET name = p.title, grade = p.grade, "archivedAt" = NULL, "updatedAt" = now()
     FROM ${plan} p WHERE p.action = 'update' AND c.id = p.class_id`,
  );
  await tallyPlan(sql, plan, count);
  // A class that leaves the roster is archived: its conversation and homework stay readable.
  count.deactivated = await retireRows(sql, { table: `"ClassGroup"`, column: "archivedAt", staged, schoolId, mode: modes.classes });
}

async function applyEnrollments({ sql, tables, schoolId, modes }: ApplyContext, count: KindCounts): Promise<void> {
  const staged = tables.enrollments.name;
  const plan = `${tables.prefix}_enrollment_plan`;
  await sql(`DROP TABLE IF EXISTS ${plan}`);
  // `moved`: the enrollment's sourcedId is on another (class, user) pair in the school.
  await sql(
    `CREATE TEMP TABLE ${plan} AS
     SELECT e.sourced_id, e.role::"ClassRole" AS role, cg.id AS class_id, u.id AS user_id,
            (ms."classId" IS NOT NULL AND (ms."classId", ms."userId") <> (cg.id, u.id)) AS is_moved,
            mp."classId" IS NOT NULL AS has_pair,
            CASE WHEN mp."classId" IS NULL THEN (CASE WHEN ms."classId" IS NULL THEN 'create' ELSE 'update' END)
                 WHEN mp."sourcedId" IS DISTINCT FROM e.sourced_id OR mp.role <> e.role::"ClassRole" THEN 'update'
                 ELSE 'unchanged' END AS action
     FROM ${staged} e
     JOIN "ClassGroup" cg ON cg."schoolId" = $1 AND cg."sourcedId" = e.class_id
     JOIN "User" u ON u."schoolId" = $1 AND u."sourcedId" = e.user_id
     LEFT JOIN "Membership" ms ON ms."schoolId" = $1 AND ms."sourcedId" = e.sourced_id
     LEFT JOIN "Membership" mp ON mp."classId" = cg.id AND mp."userId" = u.id
     WHERE e.valid AND e.status = 'active' AND e.role IS NOT NULL`,
    [schoolId],
  );
  await sql(
    `DELETE FROM "Membership" m USING ${plan} p
     WHERE p.is_moved AND m."schoolId" = $1 AND m."sourcedId" = p.sourced_id`,
    [schoolId],
  );
  await sql(
    `UPDATE "Membership" m SET "sourcedId" = p.sourced_id, role = p.role
     FROM ${plan} p WHERE p.has_pair AND p.action = 'update' AND m."classId" = p.class_id AND m."userId" = p.user_id`,
  );
  const created = await changed(
    sql,
    `INSERT INTO "Membership" ("classId", "userId", "schoolId", role, "sourcedId")
     SELECT class_id, user_id, $1, role, sourced_id FROM ${plan} WHERE NOT has_pair
     RETURNING 1`,
    [schoolId],
  );
  await refreshStatistics(sql, `"Membership"`, created);
  await tallyPlan(sql, plan, count);
  // Removing an enrollment removes the membership; the member's messages stay in the class.
  const removed =
    modes.enrollments === "bulk"
      ? await changed(
          sql,
          `DELETE FROM "Membership" m
           WHERE m."schoolId" = $1 AND m."sourcedId" IS NOT NULL
             AND NOT EXISTS (SELECT 1 FROM ${staged} s WHERE s.sourced_id = m."sourcedId")
           RETURNING 1`,
          [schoolId],
        )
      : await changed(
          sql,
          `DELETE FROM "Membership" m USING ${staged} s
           WHERE s.valid AND s.status = 'tobedeleted' AND m."schoolId" = $1 AND m."sourcedId" = s.sourced_id
           RETURNING 1`,
          [schoolId],
        );
  count.deactivated = removed;
}

/** Where the login-code sheet's rows are, for the caller to page through before the transaction ends. */
export function loginCodesTable(tables: StagingTables): string {
  return `${tables.prefix}_codes`;
}
