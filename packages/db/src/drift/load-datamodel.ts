// Parses schema.prisma into Prisma's DMMF with the same WebAssembly build of the schema parser that
// `prisma generate` uses (version-locked to the CLI), so the drift check reads the schema exactly as
// the generated client does, without the native schema engine we cannot download.
import { get_dmmf } from "@prisma/prisma-schema-wasm";

// Only the parts of the DMMF the drift check reads; checked against get_dmmf's real output.
export type DmmfFunctionDefault = { name: string; args: unknown[] };
export type DmmfDefault = DmmfFunctionDefault | string | number | boolean | unknown[];

export type DmmfField = {
  name: string;
  dbName?: string | null;
  kind: "scalar" | "object" | "enum" | "unsupported";
  type: string;
  isList: boolean;
  isRequired: boolean;
  nativeType?: [string, string[]] | null;
  hasDefaultValue: boolean;
  default?: DmmfDefault;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
  relationOnUpdate?: string;
};

export type DmmfModel = { name: string; dbName: string | null; fields: DmmfField[] };

export type DmmfEnum = { name: string; dbName: string | null; values: { name: string; dbName: string | null }[] };

/** One entry per @id/@@id, @unique/@@unique and @@index, with `dbName` only when `map:` was given. */
export type DmmfIndex = {
  model: string;
  type: "id" | "unique" | "normal" | "fulltext";
  dbName?: string | null;
  algorithm?: string;
  fields: { name: string; sortOrder?: "asc" | "desc"; operatorClass?: string }[];
};

export type Datamodel = { models: DmmfModel[]; enums: DmmfEnum[]; indexes: DmmfIndex[] };

export function loadDatamodel(schemaText: string): Datamodel {
  let output: string;
  try {
    output = get_dmmf(JSON.stringify({ prismaSchema: schemaText }));
  } catch (error) {
    throw new Error(`schema.prisma does not parse: ${readableParserError(error)}`);
  }
  const dmmf: { datamodel: Datamodel } = JSON.parse(output);
  return dmmf.datamodel;
}

/** The parser throws a JSON envelope around a terminal-coloured message. */
function readableParserError(error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  try {
    const { message } = JSON.parse(raw) as { message?: string };
    return (message ?? raw).replace(/\u001b\[[0-9;]*m/g, "");
  } catch {
    return raw;
  }
}
