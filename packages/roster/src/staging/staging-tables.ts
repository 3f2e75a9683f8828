// The staging tables an import loads its rows into before anything real changes. They are
// temporary tables named after the job (PGlite serves every connection from one session, so two
// jobs' temporary tables must not share a name) and disappear with the session.
export type StagingColumnType = "int" | "text" | "bool";
export type StagingColumn = { name: string; type: StagingColumnType };
export type StagingKind = "users" | "classes" | "enrollments" | "orgs" | "courses" | "academicSessions" | "simple";
export type StagingTable = { kind: StagingKind; name: string; columns: StagingColumn[] };

const text = (name: string): StagingColumn => ({ name, type: "text" });
const common = [{ name: "line", type: "int" } as StagingColumn, text("sourced_id"), text("status")];

const COLUMNS: Record<StagingKind, StagingColumn[]> = {
  users: [
    ...common,
    { name: "enabled", type: "bool" },
    text("role"),
    text("source_role"),
    text("username"),
    text("given_name"),
    text("family_name"),
    text("org_ids"),
    text("problems"),
  ],
  classes: [...common, text("title"), text("grade"), text("course_id"), text("school_id"), text("term_ids"), text("problems")],
  enrollments: [...common, text("class_id"), text("user_id"), text("school_id"), text("role"), text("source_role"), text("problems")],
  orgs: [...common, text("parent_id"), text("problems")],
  courses: [...common, text("org_id"), text("problems")],
  academicSessions: [...common, text("parent_id"), text("problems")],
  simple: [
    { name: "line", type: "int" },
    text("external_id"),
    text("given_name"),
    text("family_name"),
    text("grade"),
    text("class_name"),
    text("role"),
    text("username"),
    text("problems"),
  ],
};

export type StagingTables = Record<StagingKind, StagingTable> & { prefix: string; problems: string; file: Record<StagingKind, string> };

/** Names for one job's staging tables: `rs_<job id without dashes>_<kind>`. */
export function stagingTables(jobId: string): StagingTables {
  const prefix = `rs_${jobId.replaceAll("-", "").toLowerCase()}`;
  if (!/^rs_[0-9a-f]{32}$/.test(prefix)) throw new Error(`stagingTables: not a job id: ${jobId}`);
  const table = (kind: StagingKind): StagingTable => ({ kind, name: `${prefix}_${kind.toLowerCase()}`, columns: COLUMNS[kind] });
  return {
    prefix,
    users: table("users"),
    classes: table("classes"),
    enrollments: table("enrollments"),
    orgs: table("orgs"),
    courses: table("courses"),
    academicSessions: table("academicSessions"),
    simple: table("simple"),
    problems: `${prefix}_problems`,
    file: { users: "users.csv", classes: "classes.csv", enrollments: "enrollments.csv", orgs: "orgs.csv", courses: "courses.csv", academicSessions: "academicSessions.csv", simple: "" },
  };
}

/** Keys of the uniqueness checks, only for rows that will be loaded (active, with a role Zang knows). */
const GENERATED: Partial<Record<StagingKind, string>> = {
  users: `, active_username text GENERATED ALWAYS AS (CASE WHEN status = 'active' AND role IS NOT NULL THEN username END) STORED`,
  enrollments: `, pair_key text GENERATED ALWAYS AS (CASE WHEN status = 'active' AND role IS NOT NULL THEN class_id || E'\\x1f' || user_id END) STORED`,
};

const SQL_TYPE: Record<StagingColumnType, string> = { int: "integer", text: "text", bool: "boolean" };

export function createStagingTables(tables: StagingTables): string[] {
  const kinds: StagingKind[] = ["users", "classes", "enrollments", "orgs", "courses", "academicSessions", "simple"];
  return [
    ...kinds.map((kind) => {
      const table = tables[kind];
      // Not loaded: `valid` starts true and the checks in merge/validate.ts clear it; `is_repeat`
      // marks a row whose sourcedId an earlier row has; the keys are computed as rows arrive.
      const columns = table.columns.map((column) => `${column.name} ${SQL_TYPE[column.type]}`).join(", ");
      return `CREATE TEMP TABLE ${table.name} (${columns}, valid boolean NOT NULL DEFAULT true, is_repeat boolean NOT NULL DEFAULT false${GENERATED[kind] ?? ""})`;
    }),
    `CREATE TEMP TABLE ${tables.problems} (file text NOT NULL, line integer NOT NULL, col text NOT NULL, code text NOT NULL, args text[] NOT NULL)`,
  ];
}

export function dropStagingSql(tables: StagingTables): string {
  const kinds: StagingKind[] = ["users", "classes", "enrollments", "orgs", "courses", "academicSessions", "simple"];
  const work = ["user_plan", "class_plan", "enrollment_plan", "codes"].map((name) => `${tables.prefix}_${name}`);
  return `DROP TABLE IF EXISTS ${[...kinds.map((kind) => tables[kind].name), tables.problems, ...work].join(", ")}`;
}
