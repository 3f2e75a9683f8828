// Test data: a schema that uses every mapping the drift check knows (@map/@@map, native types,
// lists, enums with mapped values, each kind of default, named and unnamed keys and indexes,
// composite and optional relations), and the SQL Prisma Migrate generates for it. The tests apply
// that SQL and expect no drift, which proves expected-schema.ts spells things as PostgreSQL does.

export const FIXTURE_SCHEMA = `
datasource db {
  provider = "postgresql"
}

enum Colour {
  red @map("RED")
  green

  @@map("colour")
}

model Gadget {
  id      Int       @id @default(autoincrement())
  serial  BigInt    @default(autoincrement())
  label   String    @map("the_label") @db.VarChar(80)
  code    String    @unique(map: "gadget_code_unique") @db.Char(4)
  tags    String[]  @default(["a", "b"])
  colours Colour[]
  colour  Colour    @default(green)
  price   Decimal
  exact   Decimal   @db.Decimal(10, 2)
  ratio   Float     @default(-1.5)
  small   Int       @default(-3) @db.SmallInt
  data    Json?     @default("{}")
  raw     Json      @db.Json
  isOn    Boolean   @default(true)
  at      DateTime  @default(now())
  at6     DateTime  @db.Timestamp(6)
  day     DateTime? @db.Date
  blob    Bytes?
  token   String    @default(uuid()) @db.Uuid
  note    String    @default("it's")
  ownerId Int?
  owner   Owner?    @relation(fields: [ownerId], references: [id])

  @@unique([ratio, isOn])
  @@index([label(sort: Desc), ratio], map: "gadgets_label_ratio")
  @@index([data], type: Gin)
  @@map("gadgets")
}

model Owner {
  id      Int      @id(map: "owner_pk")
  groupA  Int
  groupB  Int
  gadgets Gadget[]
  group   Group    @relation(fields: [groupA, groupB], references: [a, b], onDelete: Cascade, onUpdate: Restrict)
}

model Group {
  a      Int
  b      Int
  owners Owner[]

  @@id([a, b])
}
`;

export const FIXTURE_MIGRATION_SQL = `
CREATE TYPE "colour" AS ENUM ('RED', 'green');

CREATE TABLE "gadgets" (
    "id" SERIAL NOT NULL,
    "serial" BIGSERIAL NOT NULL,
    "the_label" VARCHAR(80) NOT NULL,
    "code" CHAR(4) NOT NULL,
    "tags" TEXT[] DEFAULT ARRAY['a', 'b']::TEXT[],
    "colours" "colour"[],
    "colour" "colour" NOT NULL DEFAULT 'green',
    "price" DECIMAL(65,30) NOT NULL,
    "exact" DECIMAL(10,2) NOT NULL,
    "ratio" DOUBLE PRECISION NOT NULL DEFAULT -1.5,
    "small" SMALLINT NOT NULL DEFAULT -3,
    "data" JSONB DEFAULT '{}',
    "raw" JSON NOT NULL,
    "isOn" BOOLEAN NOT NULL DEFAULT true,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "at6" TIMESTAMP(6) NOT NULL,
    "day" DATE,
    "blob" BYTEA,
    "token" UUID NOT NULL,
    "note" TEXT NOT NULL DEFAULT 'it''s',
    "ownerId" INTEGER,

    CONSTRAINT "gadgets_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "Owner" (
    "id" INTEGER NOT NULL,
    "groupA" INTEGER NOT NULL,
    "groupB" INTEGER NOT NULL,

    CONSTRAINT "owner_pk" PRIMARY KEY ("id")
);

CREATE TABLE "Group" (
    "a" INTEGER NOT NULL,
    "b" INTEGER NOT NULL,

    CONSTRAINT "Group_pkey" PRIMARY KEY ("a","b")
);

CREATE UNIQUE INDEX "gadget_code_unique" ON "gadgets"("code");
CREATE INDEX "gadgets_label_ratio" ON "gadgets"("the_label" DESC, "ratio");
CREATE INDEX "gadgets_data_idx" ON "gadgets" USING GIN ("data");
CREATE UNIQUE INDEX "gadgets_ratio_isOn_key" ON "gadgets"("ratio", "isOn");

ALTER TABLE "gadgets" ADD CONSTRAINT "gadgets_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "Owner"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Owner" ADD CONSTRAINT "Owner_groupA_groupB_fkey" FOREIGN KEY ("groupA", "groupB") REFERENCES "Group"("a", "b") ON DELETE CASCADE ON UPDATE RESTRICT;
`;
