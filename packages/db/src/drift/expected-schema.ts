// What the database must contain for the Prisma client generated from this datamodel: the tables,
// columns, keys, indexes, foreign keys and enums that Prisma Migrate would create for it, by the
// names and in the forms Prisma uses (see prisma-names.ts, column-type.ts, prisma-default.ts).
import { columnType } from "./column-type.ts";
import type { Datamodel, DmmfField, DmmfIndex, DmmfModel } from "./load-datamodel.ts";
import { prismaDefault } from "./prisma-default.ts";
import { foreignKeyName, indexName, primaryKeyName, uniqueIndexName } from "./prisma-names.ts";
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

export function expectedSchema(datamodel: Datamodel): SchemaDescription {
  const lookup = createLookup(datamodel);
  return {
    enums: datamodel.enums.map(
      (e): EnumDescription => ({ name: e.dbName ?? e.name, values: e.values.map((v) => v.dbName ?? v.name) }),
    ),
    tables: datamodel.models.map((model) => expectedTable(model, datamodel.indexes, lookup)),
  };
}

type Lookup = ReturnType<typeof createLookup>;

function createLookup(datamodel: Datamodel) {
  const models = new Map(datamodel.models.map((m) => [m.name, m]));
  const enums = new Map(datamodel.enums.map((e) => [e.name, e]));
  const model = (name: string): DmmfModel => {
    const found = models.get(name);
    if (!found) throw new Error(`The datamodel has no model ${name}`);
    return found;
  };
  return {
    model,
    tableName: (name: string) => model(name).dbName ?? name,
    columnName(modelName: string, fieldName: string): string {
      const field = model(modelName).fields.find((f) => f.name === fieldName);
      if (!field) throw new Error(`Model ${modelName} has no field ${fieldName}`);
      return field.dbName ?? field.name;
    },
    enumDbName: (name: string) => enums.get(name)?.dbName ?? name,
    enumValueDbName: (enumName: string, value: string) =>
      enums.get(enumName)?.values.find((v) => v.name === value)?.dbName ?? value,
  };
}

function expectedTable(model: DmmfModel, allIndexes: DmmfIndex[], lookup: Lookup): TableDescription {
  const table = model.dbName ?? model.name;
  const indexes = allIndexes.filter((index) => index.model === model.name);
  const columnsOf = (index: DmmfIndex) => index.fields.map((f) => lookup.columnName(model.name, f.name));
  const primary = indexes.find((index) => index.type === "id");
  const primaryKey: PrimaryKeyDescription | null = primary
    ? { name: primary.dbName ?? primaryKeyName(table), columns: columnsOf(primary) }
    : null;
  return {
    name: table,
    columns: model.fields.filter((f) => f.kind !== "object").map((field) => expectedColumn(field, lookup)),
    primaryKey,
    indexes: indexes
      .filter((index) => index.type === "unique" || index.type === "normal")
      .map((index) => expectedIndex(table, index, columnsOf(index))),
    foreignKeys: model.fields
      .filter((f) => f.kind === "object" && (f.relationFromFields?.length ?? 0) > 0)
      .map((relation) => expectedForeignKey(model, table, relation, lookup)),
  };
}

function expectedColumn(field: DmmfField, lookup: Lookup): ColumnDescription {
  return {
    name: field.dbName ?? field.name,
    type: columnType(field, lookup.enumDbName),
    // Prisma Migrate creates scalar lists as nullable columns although the client treats them as required.
    isNullable: field.isList || !field.isRequired,
    default: prismaDefault(field, lookup.enumValueDbName),
  };
}

function expectedIndex(table: string, index: DmmfIndex, columns: string[]): IndexDescription {
  const isUnique = index.type === "unique";
  return {
    name: index.dbName ?? (isUnique ? uniqueIndexName(table, columns) : indexName(table, columns)),
    columns: columns.map((name, i) => ({ name, isDescending: index.fields[i]?.sortOrder === "desc" })),
    isUnique,
    method: (index.algorithm ?? "BTree").toLowerCase(),
    // The datamodel cannot express partial indexes yet; such an index goes in outside-prisma.ts.
    predicate: null,
  };
}

function expectedForeignKey(model: DmmfModel, table: string, relation: DmmfField, lookup: Lookup): ForeignKeyDescription {
  const columns = (relation.relationFromFields ?? []).map((f) => lookup.columnName(model.name, f));
  return {
    name: foreignKeyName(table, columns),
    columns,
    referencedTable: lookup.tableName(relation.type),
    referencedColumns: (relation.relationToFields ?? []).map((f) => lookup.columnName(relation.type, f)),
    // Prisma's defaults when the relation does not say: Restrict (required) or SetNull (optional) on
    // delete, Cascade on update.
    onDelete: referentialAction(relation.relationOnDelete ?? (relation.isRequired ? "Restrict" : "SetNull")),
    onUpdate: referentialAction(relation.relationOnUpdate ?? "Cascade"),
  };
}

function referentialAction(action: string): ReferentialAction {
  switch (action) {
    case "Cascade":
    case "Restrict":
    case "NoAction":
    case "SetNull":
    case "SetDefault":
      return action;
    default:
      throw new Error(`Unknown referential action ${action}`);
  }
}
