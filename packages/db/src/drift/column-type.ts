// The PostgreSQL type Prisma Migrate gives a field, spelled as format_type() prints it, so that it
// compares directly with what actual-schema.ts reads from pg_catalog.
import type { DmmfField } from "./load-datamodel.ts";

/** Prisma's PostgreSQL type for each scalar without a @db.X attribute. */
const DEFAULT_TYPES: Record<string, string> = {
  String: "text",
  Boolean: "boolean",
  Int: "integer",
  BigInt: "bigint",
  Float: "double precision",
  Decimal: "numeric(65,30)",
  DateTime: "timestamp(3) without time zone",
  Json: "jsonb",
  Bytes: "bytea",
};

export function columnType(field: DmmfField, enumDbName: (enumName: string) => string): string {
  return baseType(field, enumDbName) + (field.isList ? "[]" : "");
}

function baseType(field: DmmfField, enumDbName: (enumName: string) => string): string {
  if (field.kind === "enum") return enumDbName(field.type);
  if (field.kind === "unsupported") return field.type;
  if (field.nativeType) return nativeType(field.nativeType[0], field.nativeType[1]);
  const type = DEFAULT_TYPES[field.type];
  if (!type) throw new Error(`Field ${field.name}: no PostgreSQL type known for Prisma type ${field.type}`);
  return type;
}

/** @db.X attributes of the PostgreSQL connector; a missing argument means PostgreSQL's own default. */
function nativeType(name: string, args: string[]): string {
  const withArgs = (sqlName: string, fallback = "") => (args.length > 0 ? `${sqlName}(${args.join(",")})` : `${sqlName}${fallback}`);
  const withPrecision = (sqlName: string, zone: string) => `${args.length > 0 ? `${sqlName}(${args[0]})` : sqlName} ${zone}`;
  switch (name) {
    case "Text":
      return "text";
    case "Char":
      return withArgs("character", "(1)");
    case "VarChar":
      return withArgs("character varying");
    case "Bit":
      return withArgs("bit", "(1)");
    case "VarBit":
      return withArgs("bit varying");
    case "Uuid":
      return "uuid";
    case "Xml":
      return "xml";
    case "Inet":
      return "inet";
    case "Citext":
      return "citext";
    case "Money":
      return "money";
    case "Oid":
      return "oid";
    case "SmallInt":
      return "smallint";
    case "Integer":
      return "integer";
    case "BigInt":
      return "bigint";
    case "Real":
      return "real";
    case "DoublePrecision":
      return "double precision";
    case "Decimal":
      return withArgs("numeric");
    case "Boolean":
      return "boolean";
    case "Date":
      return "date";
    case "Timestamp":
      return withPrecision("timestamp", "without time zone");
    case "Timestamptz":
      return withPrecision("timestamp", "with time zone");
    case "Time":
      return withPrecision("time", "without time zone");
    case "Timetz":
      return withPrecision("time", "with time zone");
    case "Json":
      return "json";
    case "JsonB":
      return "jsonb";
    case "ByteA":
      return "bytea";
    default:
      throw new Error(`No PostgreSQL type known for @db.${name}`);
  }
}
