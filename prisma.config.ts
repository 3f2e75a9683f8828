// Prisma CLI configuration. The URL is only needed by commands that talk to a database
// (`prisma migrate status|deploy` where the schema engine is available); `prisma generate` needs none.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost/zang" },
});
