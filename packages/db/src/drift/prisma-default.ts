// The column default Prisma Migrate writes for a field's @default, as SQL. Defaults the client
// computes itself (uuid(), cuid(), nanoid(), ulid()) and @updatedAt put nothing in the database.
import type { DmmfDefault, DmmfField, DmmfFunctionDefault } from "./load-datamodel.ts";

/** `@default(dbgenerated())` without an expression: some default must exist, Prisma does not say which. */
export const ANY_DEFAULT = "dbgenerated()";
export const AUTOINCREMENT = "autoincrement()";

const CLIENT_SIDE_FUNCTIONS = new Set(["uuid", "cuid", "nanoid", "ulid"]);
const NUMERIC_TYPES = new Set(["Int", "BigInt", "Float", "Decimal"]);

export function prismaDefault(field: DmmfField, enumValueDbName: (enumName: string, value: string) => string): string | null {
  const value = field.default;
  if (!field.hasDefaultValue || value === undefined) return null;
  if (isFunction(value)) return functionDefault(field, value);
  const literal = (item: unknown) => literalDefault(field, item, enumValueDbName);
  if (Array.isArray(value)) return value.length === 0 ? "'{}'" : `ARRAY[${value.map(literal).join(", ")}]`;
  return literal(value);
}

function isFunction(value: DmmfDefault): value is DmmfFunctionDefault {
  return typeof value === "object" && !Array.isArray(value) && value !== null && "name" in value;
}

function functionDefault(field: DmmfField, fn: DmmfFunctionDefault): string | null {
  if (CLIENT_SIDE_FUNCTIONS.has(fn.name)) return null;
  switch (fn.name) {
    case "now":
      return "CURRENT_TIMESTAMP";
    case "autoincrement":
      return AUTOINCREMENT;
    case "dbgenerated":
      return typeof fn.args[0] === "string" ? fn.args[0] : ANY_DEFAULT;
    default:
      throw new Error(`Field ${field.name}: no database default known for @default(${fn.name}())`);
  }
}

function literalDefault(field: DmmfField, value: unknown, enumValueDbName: (enumName: string, value: string) => string): string {
  if (typeof value === "boolean" || typeof value === "number") return String(value);
  if (typeof value !== "string") throw new Error(`Field ${field.name}: unexpected default ${JSON.stringify(value)}`);
  if (field.kind === "enum") return quote(enumValueDbName(field.type, value));
  // The DMMF carries BigInt and Decimal defaults as strings to keep their precision.
  if (NUMERIC_TYPES.has(field.type)) return value;
  if (field.type === "Bytes") return quote(`\\x${Buffer.from(value, "base64").toString("hex")}`);
  // DateTime literals are compared as written; PostgreSQL may print them in another form.
  return quote(value);
}

function quote(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}
