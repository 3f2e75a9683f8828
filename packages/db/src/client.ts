// The one place that constructs the Prisma client. Prisma and the hot paths that use `pg` directly
// (set-based SQL, COPY) share one pool so the connection budget is counted once.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "./generated/prisma/client.ts";

export type Db = {
  prisma: PrismaClient;
  pool: pg.Pool;
  close(): Promise<void>;
};

export type CreateDbOptions = {
  url: string;
  /** Connections in the pool. Embedded PGlite serialises queries anyway, so keep it small there. */
  poolSize?: number;
};

export function createDb({ url, poolSize = 10 }: CreateDbOptions): Db {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, idleTimeoutMillis: 30_000 });
  // An idle client's error (server restart, network blip) must not crash the process; the pool replaces it.
  pool.on("error", () => {});
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  return {
    prisma,
    pool,
    async close() {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}
