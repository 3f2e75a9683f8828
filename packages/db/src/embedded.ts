// Embedded PostgreSQL for machines without a database server: PGlite (PostgreSQL compiled to
// WebAssembly) served on a local TCP port, so the application reaches it through the same `pg`
// driver and Prisma adapter as a real server — one code path for both.
import { PGlite } from "@electric-sql/pglite";
import { mkdirSync } from "node:fs";
import { EmbeddedWireServer } from "./embedded-wire-server.ts";

export type EmbeddedPostgres = {
  url: string;
  stop(): Promise<void>;
};

export type StartEmbeddedOptions = {
  /** Folder that keeps the data between runs; omit for an in-memory database (tests). */
  dataDir?: string;
  /** Connections the server accepts (pool sizes of every client, plus one spare each). */
  poolSize: number;
  port?: number;
};

export async function startEmbeddedPostgres({ dataDir, poolSize, port = 0 }: StartEmbeddedOptions): Promise<EmbeddedPostgres> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir ?? "memory://");
  // One spare connection: a pool that drops a broken connection reconnects before the server has
  // seen the close, and without the spare that second socket would be refused.
  const server = new EmbeddedWireServer(db, poolSize + 1);
  const address = await server.listen({ host: "127.0.0.1", port });
  return {
    url: `postgresql://postgres@${address}/postgres?sslmode=disable`,
    async stop() {
      await server.close();
      await db.close();
    },
  };
}
