import { describe, expect, it } from "vitest";
import { expectedSchema } from "./expected-schema.ts";
import { FIXTURE_SCHEMA } from "./fixture-schema.ts";
import { loadDatamodel } from "./load-datamodel.ts";

const schema = expectedSchema(loadDatamodel(FIXTURE_SCHEMA));
const table = (name: string) => schema.tables.find((t) => t.name === name);
const column = (tableName: string, name: string) => table(tableName)?.columns.find((c) => c.name === name);

describe("expectedSchema", () => {
  it("uses database names from @@map and @map", () => {
    expect(schema.tables.map((t) => t.name)).toEqual(["gadgets", "Owner", "Group"]);
    expect(column("gadgets", "the_label")).toEqual({ name: "the_label", type: "character varying(80)", isNullable: false, default: null });
    expect(schema.enums).toEqual([{ name: "colour", values: ["RED", "green"] }]);
  });

  it("gives each scalar Prisma's PostgreSQL type unless @db says otherwise", () => {
    const types = Object.fromEntries((table("gadgets")?.columns ?? []).map((c) => [c.name, c.type]));
    expect(types).toMatchObject({
      id: "integer",
      serial: "bigint",
      code: "character(4)",
      tags: "text[]",
      colours: "colour[]",
      colour: "colour",
      price: "numeric(65,30)",
      exact: "numeric(10,2)",
      ratio: "double precision",
      small: "smallint",
      data: "jsonb",
      raw: "json",
      isOn: "boolean",
      at: "timestamp(3) without time zone",
      at6: "timestamp(6) without time zone",
      day: "date",
      blob: "bytea",
      token: "uuid",
    });
  });

  it("renders database defaults and leaves client-side ones (uuid()) out", () => {
    const defaults = Object.fromEntries((table("gadgets")?.columns ?? []).map((c) => [c.name, c.default]));
    expect(defaults).toMatchObject({
      id: "autoincrement()",
      tags: "ARRAY['a', 'b']",
      colour: "'green'",
      ratio: "-1.5",
      data: "'{}'",
      isOn: "true",
      at: "CURRENT_TIMESTAMP",
      token: null,
      note: "'it''s'",
    });
  });

  it("makes scalar lists nullable, as Prisma Migrate creates them", () => {
    expect(column("gadgets", "tags")?.isNullable).toBe(true);
    expect(column("gadgets", "day")?.isNullable).toBe(true);
    expect(column("gadgets", "raw")?.isNullable).toBe(false);
  });

  it("names keys and indexes as Prisma does unless map: names them", () => {
    expect(table("gadgets")?.primaryKey).toEqual({ name: "gadgets_pkey", columns: ["id"] });
    expect(table("Owner")?.primaryKey).toEqual({ name: "owner_pk", columns: ["id"] });
    expect(table("Group")?.primaryKey).toEqual({ name: "Group_pkey", columns: ["a", "b"] });
    const byName = [...(table("gadgets")?.indexes ?? [])].sort((a, b) => a.name.localeCompare(b.name));
    expect(byName).toEqual([
      { name: "gadget_code_unique", columns: [{ name: "code", isDescending: false }], isUnique: true, method: "btree", predicate: null },
      { name: "gadgets_data_idx", columns: [{ name: "data", isDescending: false }], isUnique: false, method: "gin", predicate: null },
      {
        name: "gadgets_label_ratio",
        columns: [{ name: "the_label", isDescending: true }, { name: "ratio", isDescending: false }],
        isUnique: false,
        method: "btree",
        predicate: null,
      },
      {
        name: "gadgets_ratio_isOn_key",
        columns: [{ name: "ratio", isDescending: false }, { name: "isOn", isDescending: false }],
        isUnique: true,
        method: "btree",
        predicate: null,
      },
    ]);
  });

  it("applies Prisma's default referential actions where the relation sets none", () => {
    expect(table("gadgets")?.foreignKeys).toEqual([
      {
        name: "gadgets_ownerId_fkey",
        columns: ["ownerId"],
        referencedTable: "Owner",
        referencedColumns: ["id"],
        onDelete: "SetNull",
        onUpdate: "Cascade",
      },
    ]);
    expect(table("Owner")?.foreignKeys).toEqual([
      {
        name: "Owner_groupA_groupB_fkey",
        columns: ["groupA", "groupB"],
        referencedTable: "Group",
        referencedColumns: ["a", "b"],
        onDelete: "Cascade",
        onUpdate: "Restrict",
      },
    ]);
  });

  it("defaults a required relation to ON DELETE RESTRICT", () => {
    const required = expectedSchema(
      loadDatamodel(`
        datasource db {
          provider = "postgresql"
        }
        model Parent {
          id       Int     @id
          children Child[]
        }
        model Child {
          id       Int    @id
          parentId Int
          parent   Parent @relation(fields: [parentId], references: [id])
        }
      `),
    );
    expect(required.tables.find((t) => t.name === "Child")?.foreignKeys[0]).toMatchObject({ onDelete: "Restrict", onUpdate: "Cascade" });
  });
});
