// The checks that need more than one row: duplicates, references between files and to what the
// school already has, username collisions. Set-based SQL over the staging tables, because a
// million rows must be checked in seconds and the rows never pass through this process' memory;
// Prisma cannot express these statements (and costs about twice as much per query, see STACK.md).
// Each check notes its problems (file, line, column, and a code with arguments: see
// ../problems/problem-catalog.ts) and marks the rows invalid.
import type { KindMode, RosterFormat } from "../input/read-roster.ts";
import type { OneRosterKind } from "../oneroster/oneroster-files.ts";
import type { ProblemCode } from "../problems/problem-catalog.ts";
import type { StagingKind, StagingTables } from "../staging/staging-tables.ts";
import type { Sql } from "./sql-runner.ts";

export type ValidationContext = {
  sql: Sql;
  tables: StagingTables;
  schoolId: string;
  format: RosterFormat;
  modes: Record<OneRosterKind, KindMode>;
  /** File name per staging table, as problems name it. */
  files: Record<StagingKind, string>;
};

const PROBLEM = String.raw`E'\x1e'`;
const COLUMN = String.raw`E'\x1f'`;
const ARGUMENT = String.raw`E'\x1d'`;

/** A problem's code and arguments as SQL columns: `code` names an entry of the catalog, `args` are SQL text expressions. */
function says(code: ProblemCode, ...args: string[]): string {
  return `'${code}' AS code, ARRAY[${args.map((arg) => `(${arg})::text`).join(", ")}]::text[] AS args`;
}

/** Notes the rows `select` returns (line, col, code, args) as problems of `kind` and marks them invalid. */
async function rule(context: ValidationContext, kind: StagingKind, select: string, params: unknown[] = []): Promise<void> {
  const table = context.tables[kind].name;
  const fileParam = params.length + 1;
  await context.sql(
    `WITH bad AS (${select}),
     noted AS (INSERT INTO ${context.tables.problems} (file, line, col, code, args) SELECT $${fileParam}, line, col, code, args FROM bad)
     UPDATE ${table} t SET valid = false FROM (SELECT DISTINCT line FROM bad) b WHERE t.line = b.line AND t.valid`,
    [...params, context.files[kind]],
  );
}

/** Problems found while reading (missing fields, bad values), one per line and column. */
async function rowProblems(context: ValidationContext, kind: StagingKind): Promise<void> {
  const table = context.tables[kind].name;
  await rule(
    context,
    kind,
    `SELECT line, split_part(p, ${COLUMN}, 1) AS col, split_part(p, ${COLUMN}, 2) AS code, string_to_array(split_part(p, ${COLUMN}, 3), ${ARGUMENT}) AS args
     FROM ${table}, unnest(string_to_array(problems, ${PROBLEM})) AS p WHERE problems IS NOT NULL`,
  );
}

/** Every row after the first with the same key. */
async function duplicates(
  context: ValidationContext,
  kind: StagingKind,
  {
    key,
    column,
    problem,
    markRepeats = false,
  }: {
    key: string;
    column: string;
    /** `says(…)` for the problem, from the row `t` and `d.first_line`. */
    problem: string;
    markRepeats?: boolean;
  },
): Promise<void> {
  const table = context.tables[kind].name;
  if (markRepeats) {
    await context.sql(
      `UPDATE ${table} t SET is_repeat = true
       FROM (SELECT ${key} AS k, min(line) AS first_line FROM ${table} WHERE ${key} <> '' GROUP BY 1 HAVING count(*) > 1) d
       WHERE d.k = t.${key} AND t.line > d.first_line`,
    );
  }
  await rule(
    context,
    kind,
    `SELECT t.line, '${column}' AS col, ${problem}
     FROM ${table} t JOIN (SELECT ${key} AS k, min(line) AS first_line FROM ${table} WHERE ${key} IS NOT NULL AND ${key} <> '' GROUP BY 1 HAVING count(*) > 1) d ON d.k = t.${key}
     WHERE t.line > d.first_line`,
  );
}

/** Each id in `ids` (one id or a comma-separated list) must be a sourcedId of `target`. */
async function references(
  context: ValidationContext,
  kind: StagingKind,
  { ids, isList, target, column }: { ids: string; isList: boolean; target: StagingKind; column: string },
): Promise<void> {
  const table = context.tables[kind].name;
  const targetTable = context.tables[target].name;
  const each = isList ? `unnest(string_to_array(t.${ids}, ','))` : `t.${ids}`;
  // Lists hold several ids: each is checked (and reported) on its own.
  await rule(
    context,
    kind,
    `SELECT t.line, '${column}' AS col, ${says("referenceMissing", `'${column}'`, "r.ref", `'${context.files[target]}'`)}
     FROM ${table} t CROSS JOIN LATERAL (SELECT ${each} AS ref) r
     WHERE t.status = 'active' AND t.${ids} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ${targetTable} x WHERE x.sourced_id = r.ref)`,
  );
}

export async function validateStaging(context: ValidationContext): Promise<void> {
  const { sql, tables, format, modes } = context;
  // OneRoster file names are written into some problems' SQL; they are the fixed names, never the
  // upload's name (which only travels as a query parameter).
  if (format === "oneroster" && !Object.values(context.files).every((file) => /^[A-Za-z]*(\.csv)?$/.test(file))) {
    throw new Error("validateStaging: unexpected OneRoster file name");
  }
  // Temporary tables get no statistics from autovacuum; without them the joins below are planned blind.
  for (const kind of ["users", "classes", "enrollments", "simple"] as const) await sql(`ANALYZE ${tables[kind].name}`);

  if (format === "simple") await validateSimple(context);

  const loaded = (kind: OneRosterKind) => format === "oneroster" && modes[kind] !== "absent";
  const isBulk = (kind: OneRosterKind) => format === "oneroster" && modes[kind] === "bulk";
  const oneRosterKinds: OneRosterKind[] = ["orgs", "academicSessions", "courses", "classes", "users", "enrollments"];
  for (const kind of oneRosterKinds) {
    if (!loaded(kind)) continue;
    await rowProblems(context, kind);
    await duplicates(context, kind, {
      key: "sourced_id",
      column: "sourcedId",
      problem: says("duplicateSourcedId", "t.sourced_id", "d.first_line"),
      markRepeats: true,
    });
  }
  // References to files that are whole (bulk) can be checked; a delta file holds only changes.
  if (isBulk("orgs")) {
    if (loaded("orgs")) await references(context, "orgs", { ids: "parent_id", isList: false, target: "orgs", column: "parentSourcedId" });
    if (loaded("courses")) await references(context, "courses", { ids: "org_id", isList: false, target: "orgs", column: "orgSourcedId" });
    if (loaded("classes")) await references(context, "classes", { ids: "school_id", isList: false, target: "orgs", column: "schoolSourcedId" });
    if (loaded("users")) await references(context, "users", { ids: "org_ids", isList: true, target: "orgs", column: "orgSourcedIds" });
    if (loaded("enrollments")) await references(context, "enrollments", { ids: "school_id", isList: false, target: "orgs", column: "schoolSourcedId" });
  }
  if (isBulk("academicSessions")) {
    await references(context, "academicSessions", { ids: "parent_id", isList: false, target: "academicSessions", column: "parentSourcedId" });
    if (loaded("classes")) await references(context, "classes", { ids: "term_ids", isList: true, target: "academicSessions", column: "termSourcedIds" });
  }
  if (isBulk("courses") && loaded("classes")) await references(context, "classes", { ids: "course_id", isList: false, target: "courses", column: "courseSourcedId" });

  await usernames(context);
  if (format === "oneroster" && loaded("enrollments")) await enrollmentTargets(context);
  await duplicates(context, "enrollments", {
    key: "pair_key",
    column: "userSourcedId",
    problem: says("duplicateEnrollment", "t.user_id", "t.class_id", "d.first_line"),
  });
}

/** Usernames are unique in a school: within the file, and against every other account of the school. */
async function usernames(context: ValidationContext): Promise<void> {
  const users = context.tables.users.name;
  const active = `t.active_username IS NOT NULL`;
  await duplicates(context, "users", {
    key: "active_username",
    column: "username",
    problem: says("duplicateUsername", "t.username", "d.first_line"),
  });
  await rule(
    context,
    "users",
    `SELECT t.line, 'username' AS col,
            CASE WHEN u."sourcedId" IS NULL THEN 'usernameTakenByLocal' ELSE 'usernameTakenBySourced' END AS code,
            ARRAY[t.username, coalesce(u."sourcedId", u."displayName")] AS args
     FROM ${users} t JOIN "User" u ON u."schoolId" = $1 AND u.username = t.username
     WHERE ${active} AND u."sourcedId" IS DISTINCT FROM t.sourced_id`,
    [context.schoolId],
  );
}

/**
 * An enrollment must point at a user and a class that exist after this import: in the file (and
 * valid), or — when the file for them is a delta or absent — already in the school.
 */
async function enrollmentTargets(context: ValidationContext): Promise<void> {
  const { tables, modes, files } = context;
  for (const target of [
    { kind: "users" as const, ref: "user_id", column: "userSourcedId", dbTable: `"User"`, word: "user" },
    { kind: "classes" as const, ref: "class_id", column: "classSourcedId", dbTable: `"ClassGroup"`, word: "class" },
  ]) {
    const staged = tables[target.kind].name;
    const mayBeInSchool = modes[target.kind] !== "bulk";
    const roleCheck = target.kind === "users" ? "s.role IS NOT NULL" : "true";
    const roleName = target.kind === "users" ? "s.source_role" : "NULL";
    await rule(
      context,
      "enrollments",
      `SELECT e.line, '${target.column}' AS col,
              CASE
                WHEN s.line IS NULL THEN '${mayBeInSchool ? "targetMissingInSchool" : "targetMissing"}'
                WHEN s.status <> 'active' THEN 'targetDeleted'
                WHEN NOT (${roleCheck}) THEN 'targetNotEnrollable'
                ELSE 'targetInvalid'
              END AS code,
              CASE
                WHEN s.line IS NULL THEN ARRAY['${target.column}', e.${target.ref}, '${target.word}', '${files[target.kind]}']
                WHEN s.status <> 'active' OR (${roleCheck}) THEN ARRAY['${target.column}', e.${target.ref}, s.line::text, '${files[target.kind]}']
                ELSE ARRAY['${target.column}', e.${target.ref}, ${roleName}, s.line::text, '${files[target.kind]}']
              END AS args
       FROM ${tables.enrollments.name} e
       LEFT JOIN ${staged} s ON s.sourced_id = e.${target.ref} AND NOT s.is_repeat
       WHERE e.status = 'active' AND e.role IS NOT NULL AND e.valid AND e.${target.ref} IS NOT NULL
         AND NOT (s.line IS NOT NULL AND s.valid AND s.status = 'active' AND ${roleCheck})
         AND NOT (s.line IS NULL AND ${mayBeInSchool} AND EXISTS (SELECT 1 FROM ${target.dbTable} d WHERE d."schoolId" = $1 AND d."sourcedId" = e.${target.ref}))`,
      [context.schoolId],
    );
  }
}

/**
 * The simple format: rows are checked, then users, classes and enrollments are derived from the
 * valid ones into the same staging tables a OneRoster package fills.
 */
async function validateSimple(context: ValidationContext): Promise<void> {
  const { sql, tables } = context;
  const simple = tables.simple.name;
  await rowProblems(context, "simple");
  // A teacher may have one row per class (with the same name); anyone else appears once.
  await rule(
    context,
    "simple",
    `SELECT t.line, 'externalId' AS col, ${says("duplicateExternalId", "t.external_id", "d.first_line")}
     FROM ${simple} t JOIN (
       SELECT external_id, min(line) AS first_line FROM ${simple} WHERE external_id <> ''
       GROUP BY 1
       HAVING count(*) > 1 AND NOT (bool_and(role = 'teacher') AND count(DISTINCT (given_name, family_name, username)) = 1)
     ) d USING (external_id)
     WHERE t.line > d.first_line`,
  );
  await rule(
    context,
    "simple",
    `SELECT t.line, 'className' AS col, ${says("teacherClassTwice", "t.external_id", "t.class_name", "d.first_line")}
     FROM ${simple} t JOIN (SELECT external_id, class_name, min(line) AS first_line FROM ${simple} WHERE valid AND class_name IS NOT NULL GROUP BY 1, 2 HAVING count(*) > 1) d
       USING (external_id, class_name)
     WHERE t.line > d.first_line`,
  );
  await sql(
    `INSERT INTO ${tables.users.name} (line, sourced_id, status, enabled, role, source_role, username, given_name, family_name)
     SELECT DISTINCT ON (external_id) line, external_id, 'active', true, role, role, username, given_name, family_name
     FROM ${simple} WHERE valid ORDER BY external_id, line`,
  );
  await sql(
    `INSERT INTO ${tables.classes.name} (line, sourced_id, status, title, grade)
     SELECT min(line), class_name, 'active', class_name, (array_agg(grade ORDER BY line) FILTER (WHERE grade <> '' AND role = 'student'))[1]
     FROM ${simple} WHERE valid AND class_name IS NOT NULL GROUP BY class_name`,
  );
  await sql(
    `INSERT INTO ${tables.enrollments.name} (line, sourced_id, status, class_id, user_id, role, source_role)
     SELECT line, external_id || '@' || class_name, 'active', class_name, external_id, role, role
     FROM ${simple} WHERE valid AND class_name IS NOT NULL`,
  );
  for (const kind of ["users", "classes", "enrollments"] as const) await sql(`ANALYZE ${tables[kind].name}`);
}
