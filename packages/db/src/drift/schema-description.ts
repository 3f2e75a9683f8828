// One shape for "what a PostgreSQL schema contains", produced both from schema.prisma
// (expected-schema.ts) and from a live database (actual-schema.ts) so that compare-schema.ts can
// diff the two without knowing where either came from. Names are database names (after @map/@@map).

export type ReferentialAction = "Cascade" | "Restrict" | "NoAction" | "SetNull" | "SetDefault";

export type ColumnDescription = {
  name: string;
  /** As PostgreSQL's format_type() prints it (`text`, `timestamp(3) with time zone`, `text[]`), enums by their bare name. */
  type: string;
  isNullable: boolean;
  /** The default as SQL (`CURRENT_TIMESTAMP`, `'fa'`, `autoincrement()`), or null for none. */
  default: string | null;
};

export type IndexColumn = { name: string; isDescending: boolean };

/** A unique or plain index; unique constraints count as unique indexes, as they do for Prisma. */
export type IndexDescription = {
  name: string;
  columns: IndexColumn[];
  isUnique: boolean;
  /** Access method: btree, hash, gin, gist, brin, spgist. */
  method: string;
  /** WHERE clause of a partial index, as pg_get_expr prints it; null for a full index. */
  predicate: string | null;
};

export type PrimaryKeyDescription = { name: string; columns: string[] };

export type ForeignKeyDescription = {
  /** Informational only: the DMMF does not carry a relation's `map:` name, so names are not compared. */
  name: string;
  columns: string[];
  referencedTable: string;
  referencedColumns: string[];
  onDelete: ReferentialAction;
  onUpdate: ReferentialAction;
};

export type TableDescription = {
  name: string;
  columns: ColumnDescription[];
  primaryKey: PrimaryKeyDescription | null;
  indexes: IndexDescription[];
  foreignKeys: ForeignKeyDescription[];
};

export type EnumDescription = { name: string; values: string[] };

export type SchemaDescription = {
  tables: TableDescription[];
  enums: EnumDescription[];
};
