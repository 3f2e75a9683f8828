// Lists, in words a reviewer can act on, every way a database differs from what schema.prisma
// expects: missing objects, objects Prisma does not know (unless listed in outside-prisma.ts), and
// objects whose definition differs. An empty list means no drift.
import { OUTSIDE_PRISMA, type OutsidePrisma } from "./outside-prisma.ts";
import { isSameDefault } from "./same-default.ts";
import type {
  ColumnDescription,
  EnumDescription,
  ForeignKeyDescription,
  IndexColumn,
  IndexDescription,
  PrimaryKeyDescription,
  ReferentialAction,
  SchemaDescription,
  TableDescription,
} from "./schema-description.ts";

const EXTRA = "exists in the database but not in schema.prisma";

export function compareSchema(
  expected: SchemaDescription,
  actual: SchemaDescription,
  outside: OutsidePrisma = OUTSIDE_PRISMA,
): string[] {
  const differences: string[] = [];
  const report = (line: string) => differences.push(line);

  const enums = pair(expected.enums, actual.enums, (e) => e.name);
  enums.missing.forEach((e) => report(`enum "${e.name}" is missing`));
  enums.extra.filter((e) => !outside.enums.includes(e.name)).forEach((e) => report(`enum "${e.name}" ${EXTRA}`));
  enums.both.forEach(([want, have]) => compareEnum(want, have, report));

  const tables = pair(expected.tables, actual.tables, (t) => t.name);
  tables.missing.forEach((t) => report(`table "${t.name}" is missing`));
  tables.extra.filter((t) => !outside.tables.includes(t.name)).forEach((t) => report(`table "${t.name}" ${EXTRA}`));
  tables.both.forEach(([want, have]) => compareTable(want, have, outside, report));

  return differences;
}

type Report = (line: string) => void;

function compareEnum(want: EnumDescription, have: EnumDescription, report: Report): void {
  // Order is not compared: ALTER TYPE … ADD VALUE appends, so a value added later may sit elsewhere.
  want.values.filter((v) => !have.values.includes(v)).forEach((v) => report(`enum "${want.name}" lacks value "${v}"`));
  have.values
    .filter((v) => !want.values.includes(v))
    .forEach((v) => report(`enum "${want.name}" has value "${v}" that schema.prisma does not have`));
}

function compareTable(want: TableDescription, have: TableDescription, outside: OutsidePrisma, report: Report): void {
  const table = `"${want.name}"`;

  const columns = pair(want.columns, have.columns, (c) => c.name);
  columns.missing.forEach((c) => report(`column ${table}."${c.name}" is missing`));
  columns.extra
    .filter((c) => !outside.columns.includes(`${want.name}.${c.name}`))
    .forEach((c) => report(`column ${table}."${c.name}" ${EXTRA}`));
  columns.both.forEach(([w, h]) => compareColumn(`column ${table}."${w.name}"`, w, h, report));

  comparePrimaryKey(table, want.primaryKey, have.primaryKey, report);

  const indexes = pair(want.indexes, have.indexes, (i) => i.name);
  indexes.missing.forEach((i) => report(`index "${i.name}" on ${table} is missing`));
  indexes.extra
    .filter((i) => !outside.indexes.includes(i.name))
    .forEach((i) => report(`index "${i.name}" on ${table} ${EXTRA}`));
  indexes.both.forEach(([w, h]) => compareIndex(`index "${w.name}" on ${table}`, w, h, report));

  // Keyed by columns, not by name: the DMMF does not carry a relation's `map:` constraint name.
  const foreignKeys = pair(want.foreignKeys, have.foreignKeys, (f) => f.columns.join(","));
  foreignKeys.missing.forEach((f) => report(`${describeForeignKey(want.name, f)} is missing`));
  foreignKeys.extra
    .filter((f) => !outside.foreignKeys.includes(f.name))
    .forEach((f) => report(`${describeForeignKey(want.name, f)} ("${f.name}") ${EXTRA}`));
  foreignKeys.both.forEach(([w, h]) => compareForeignKey(want.name, w, h, report));
}

function compareColumn(subject: string, want: ColumnDescription, have: ColumnDescription, report: Report): void {
  if (want.type !== have.type) report(`${subject} has type ${have.type}, schema.prisma expects ${want.type}`);
  if (want.isNullable !== have.isNullable) {
    report(`${subject} is ${nullability(have.isNullable)}, schema.prisma expects ${nullability(want.isNullable)}`);
  }
  if (!isSameDefault(want.default, have.default)) {
    report(`${subject} has ${describeDefault(have.default)}, schema.prisma expects ${describeDefault(want.default)}`);
  }
}

function comparePrimaryKey(table: string, want: PrimaryKeyDescription | null, have: PrimaryKeyDescription | null, report: Report): void {
  if (want && !have) report(`primary key ${describePrimaryKey(want)} of ${table} is missing`);
  if (!want && have) report(`primary key ${describePrimaryKey(have)} of ${table} ${EXTRA}`);
  if (want && have && describePrimaryKey(want) !== describePrimaryKey(have)) {
    report(`primary key of ${table} is ${describePrimaryKey(have)}, schema.prisma expects ${describePrimaryKey(want)}`);
  }
}

function compareIndex(subject: string, want: IndexDescription, have: IndexDescription, report: Report): void {
  if (want.isUnique !== have.isUnique) {
    report(`${subject} is ${have.isUnique ? "unique" : "not unique"}, schema.prisma expects ${want.isUnique ? "unique" : "not unique"}`);
  }
  if (indexColumns(want.columns) !== indexColumns(have.columns)) {
    report(`${subject} is on ${indexColumns(have.columns)}, schema.prisma expects ${indexColumns(want.columns)}`);
  }
  if (want.method !== have.method) report(`${subject} uses ${have.method}, schema.prisma expects ${want.method}`);
  if (want.predicate !== have.predicate) {
    report(`${subject} has ${describePredicate(have.predicate)}, schema.prisma expects ${describePredicate(want.predicate)}`);
  }
}

function compareForeignKey(table: string, want: ForeignKeyDescription, have: ForeignKeyDescription, report: Report): void {
  const subject = describeForeignKey(table, want);
  const target = (f: ForeignKeyDescription) => `"${f.referencedTable}"(${quoteList(f.referencedColumns)})`;
  if (target(want) !== target(have)) report(`${subject} references ${target(have)} in the database`);
  if (want.onDelete !== have.onDelete) {
    report(`${subject} has ON DELETE ${sqlAction(have.onDelete)}, schema.prisma expects ON DELETE ${sqlAction(want.onDelete)}`);
  }
  if (want.onUpdate !== have.onUpdate) {
    report(`${subject} has ON UPDATE ${sqlAction(have.onUpdate)}, schema.prisma expects ON UPDATE ${sqlAction(want.onUpdate)}`);
  }
}

/** Splits two lists into matched pairs, items only expected (missing) and items only present (extra). */
function pair<T>(expected: T[], actual: T[], key: (item: T) => string) {
  const actualByKey = new Map(actual.map((item) => [key(item), item]));
  const expectedKeys = new Set(expected.map(key));
  const both: [T, T][] = [];
  const missing: T[] = [];
  for (const item of expected) {
    const match = actualByKey.get(key(item));
    if (match) both.push([item, match]);
    else missing.push(item);
  }
  return { both, missing, extra: actual.filter((item) => !expectedKeys.has(key(item))) };
}

function quoteList(names: string[]): string {
  return names.map((name) => `"${name}"`).join(", ");
}

function nullability(isNullable: boolean): string {
  return isNullable ? "nullable" : "NOT NULL";
}

function describeDefault(value: string | null): string {
  return value === null ? "no default" : `default ${value}`;
}

function describePredicate(predicate: string | null): string {
  return predicate === null ? "no WHERE clause" : `WHERE ${predicate}`;
}

function describePrimaryKey(key: PrimaryKeyDescription): string {
  return `"${key.name}" (${quoteList(key.columns)})`;
}

function describeForeignKey(table: string, key: ForeignKeyDescription): string {
  return `foreign key "${table}"(${quoteList(key.columns)}) → "${key.referencedTable}"(${quoteList(key.referencedColumns)})`;
}

function indexColumns(columns: IndexColumn[]): string {
  return `(${columns.map((c) => `"${c.name}"${c.isDescending ? " DESC" : ""}`).join(", ")})`;
}

function sqlAction(action: ReferentialAction): string {
  switch (action) {
    case "Cascade":
      return "CASCADE";
    case "Restrict":
      return "RESTRICT";
    case "NoAction":
      return "NO ACTION";
    case "SetNull":
      return "SET NULL";
    case "SetDefault":
      return "SET DEFAULT";
  }
}
