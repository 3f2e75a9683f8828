// Reads the same description as expected-schema.ts from a live database's catalogs. pg_catalog
// rather than information_schema because only it shows index methods, sort order, predicates and
// enum labels. Partitions are left out (their parent table describes them), so partitioned tables
// can be added without being mistaken for extra tables.
import type pg from "pg";
import type {
  ColumnDescription,
  EnumDescription,
  ForeignKeyDescription,
  IndexDescription,
  PrimaryKeyDescription,
  ReferentialAction,
  SchemaDescription,
  TableDescription,
} from "./schema-description.ts";

const TABLES = `
  SELECT c.relname AS name
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') AND NOT c.relispartition
  ORDER BY c.relname`;

// Enums print by their bare name (format_type would quote mixed-case names).
const COLUMNS = `
  SELECT c.relname AS table, a.attname AS name,
    CASE WHEN t.typtype = 'e' THEN t.typname
         WHEN et.typtype = 'e' THEN et.typname || '[]'
         ELSE format_type(a.atttypid, a.atttypmod) END AS type,
    NOT a.attnotnull AS is_nullable,
    CASE WHEN a.attidentity <> '' THEN 'autoincrement()'
         WHEN a.attgenerated <> '' THEN 'GENERATED ALWAYS AS ' || pg_get_expr(d.adbin, d.adrelid) || ' STORED'
         ELSE pg_get_expr(d.adbin, d.adrelid) END AS default
  FROM pg_attribute a
    JOIN pg_class c ON c.oid = a.attrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_type t ON t.oid = a.atttypid
    LEFT JOIN pg_type et ON et.oid = t.typelem AND t.typcategory = 'A'
    LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
  WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') AND NOT c.relispartition AND a.attnum > 0 AND NOT a.attisdropped
  ORDER BY c.relname, a.attnum`;

// Key columns only (not INCLUDE columns); an expression column prints as its expression.
const INDEXES = `
  SELECT t.relname AS table, i.relname AS name, ix.indisunique AS is_unique, ix.indisprimary AS is_primary,
    am.amname AS method, pg_get_expr(ix.indpred, ix.indrelid) AS predicate,
    ARRAY(
      SELECT CASE WHEN ix.indkey[k - 1] = 0 THEN pg_get_indexdef(ix.indexrelid, k, true) ELSE a.attname::text END
      FROM generate_series(1, ix.indnkeyatts) AS k
        LEFT JOIN pg_attribute a ON a.attrelid = ix.indrelid AND a.attnum = ix.indkey[k - 1]
      ORDER BY k
    )::text[] AS columns,
    ARRAY(SELECT (ix.indoption[k - 1] & 1) = 1 FROM generate_series(1, ix.indnkeyatts) AS k ORDER BY k)::bool[] AS descending
  FROM pg_index ix
    JOIN pg_class i ON i.oid = ix.indexrelid
    JOIN pg_class t ON t.oid = ix.indrelid
    JOIN pg_namespace n ON n.oid = t.relnamespace
    JOIN pg_am am ON am.oid = i.relam
  WHERE n.nspname = $1 AND t.relkind IN ('r', 'p') AND NOT t.relispartition
  ORDER BY t.relname, i.relname`;

// conparentid = 0 skips the copies PostgreSQL makes of a foreign key for each partition.
const FOREIGN_KEYS = `
  SELECT con.conname AS name, c.relname AS table, rc.relname AS referenced_table,
    ARRAY(
      SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, i)
        JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum ORDER BY k.i
    )::text[] AS columns,
    ARRAY(
      SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY AS k(attnum, i)
        JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum ORDER BY k.i
    )::text[] AS referenced_columns,
    con.confdeltype AS on_delete, con.confupdtype AS on_update
  FROM pg_constraint con
    JOIN pg_class c ON c.oid = con.conrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_class rc ON rc.oid = con.confrelid
  WHERE con.contype = 'f' AND con.conparentid = 0 AND n.nspname = $1 AND NOT c.relispartition
  ORDER BY c.relname, con.conname`;

const ENUMS = `
  SELECT t.typname AS name,
    COALESCE(array_agg(e.enumlabel ORDER BY e.enumsortorder) FILTER (WHERE e.enumlabel IS NOT NULL), '{}')::text[] AS values
  FROM pg_type t
    JOIN pg_namespace n ON n.oid = t.typnamespace
    LEFT JOIN pg_enum e ON e.enumtypid = t.oid
  WHERE n.nspname = $1 AND t.typtype = 'e'
  GROUP BY t.typname
  ORDER BY t.typname`;

/** pg_constraint's one-letter referential actions. */
const ACTIONS: Record<string, ReferentialAction> = { a: "NoAction", r: "Restrict", c: "Cascade", n: "SetNull", d: "SetDefault" };

type ColumnRow = { table: string; name: string; type: string; is_nullable: boolean; default: string | null };
type IndexRow = {
  table: string;
  name: string;
  is_unique: boolean;
  is_primary: boolean;
  method: string;
  predicate: string | null;
  columns: string[];
  descending: boolean[];
};
type ForeignKeyRow = {
  name: string;
  table: string;
  referenced_table: string;
  columns: string[];
  referenced_columns: string[];
  on_delete: string;
  on_update: string;
};

/** Reads one PostgreSQL schema (namespace). Runs on the given client, so it sees that client's open transaction. */
export async function readActualSchema(client: pg.ClientBase, schema = "public"): Promise<SchemaDescription> {
  const tables = await client.query<{ name: string }>(TABLES, [schema]);
  const columns = await client.query<ColumnRow>(COLUMNS, [schema]);
  const indexes = await client.query<IndexRow>(INDEXES, [schema]);
  const foreignKeys = await client.query<ForeignKeyRow>(FOREIGN_KEYS, [schema]);
  const enums = await client.query<EnumDescription>(ENUMS, [schema]);
  return {
    enums: enums.rows.map((row) => ({ name: row.name, values: row.values })),
    tables: tables.rows.map(
      ({ name }): TableDescription => ({
        name,
        columns: columns.rows.filter((row) => row.table === name).map(toColumn),
        primaryKey: toPrimaryKey(indexes.rows.find((row) => row.table === name && row.is_primary)),
        indexes: indexes.rows.filter((row) => row.table === name && !row.is_primary).map(toIndex),
        foreignKeys: foreignKeys.rows.filter((row) => row.table === name).map(toForeignKey),
      }),
    ),
  };
}

function toColumn(row: ColumnRow): ColumnDescription {
  return { name: row.name, type: row.type, isNullable: row.is_nullable, default: row.default };
}

function toPrimaryKey(row: IndexRow | undefined): PrimaryKeyDescription | null {
  return row ? { name: row.name, columns: row.columns } : null;
}

function toIndex(row: IndexRow): IndexDescription {
  return {
    name: row.name,
    columns: row.columns.map((name, i) => ({ name, isDescending: row.descending[i] ?? false })),
    isUnique: row.is_unique,
    method: row.method,
    predicate: row.predicate,
  };
}

function toForeignKey(row: ForeignKeyRow): ForeignKeyDescription {
  return {
    name: row.name,
    columns: row.columns,
    referencedTable: row.referenced_table,
    referencedColumns: row.referenced_columns,
    onDelete: referentialAction(row.on_delete),
    onUpdate: referentialAction(row.on_update),
  };
}

function referentialAction(code: string): ReferentialAction {
  const action = ACTIONS[code];
  if (!action) throw new Error(`Unknown referential action code ${code}`);
  return action;
}
