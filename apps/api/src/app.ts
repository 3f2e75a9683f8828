// Composition root: configuration in, a listening server out. main.ts and the HTTP tests both use it.
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { seedDemoSchool } from "@zang/core";
import { createDb, DEFAULT_DATA_DIR, migrate, MIGRATIONS_DIR, resolveDatabase } from "@zang/db";
import { fileStoreConfigOf, videoConfigOf, type Env } from "./env.ts";
import { startHousekeeping } from "./housekeeping.ts";
import { createHttpServer } from "./http/server.ts";
import { createHttpMetrics } from "./metrics/http-metrics.ts";
import { createServices } from "./services.ts";

const WEB_DIST_DIR = fileURLToPath(new URL("../../web/dist", import.meta.url));

export type RunningApi = {
  url: string;
  isEmbeddedDatabase: boolean;
  demoSeeded: boolean;
  close(): Promise<void>;
};

export async function startApi({ env, log = console.log }: { env: Env; log?: (line: string) => void }): Promise<RunningApi> {
  const target = await resolveDatabase({ url: env.DATABASE_URL, ...(env.ZANG_DATA_DIR ? { dataDir: env.ZANG_DATA_DIR } : {}) });
  await migrate({ url: target.url, migrationsDir: MIGRATIONS_DIR, log });
  const db = createDb({ url: target.url, poolSize: target.poolSize });
  const infrastructure = createServices({
    db,
    redisUrl: env.REDIS_URL,
    video: videoConfigOf(env),
    files: { store: fileStoreConfigOf(env, join(env.ZANG_DATA_DIR ?? DEFAULT_DATA_DIR, "files")), linkSecret: env.ZANG_FILE_LINK_SECRET },
    roster: { workDir: join(env.ZANG_DATA_DIR ?? DEFAULT_DATA_DIR, "roster-imports"), isEmbedded: target.isEmbedded },
  });

  let demoSeeded = false;
  if (env.ZANG_DEMO_SEED === "auto" && (await db.prisma.school.count()) === 0) {
    demoSeeded = (await seedDemoSchool({ db })).created;
  }

  const metrics = env.ZANG_METRICS_TOKEN ? { collector: createHttpMetrics({ db }), token: env.ZANG_METRICS_TOKEN } : undefined;
  const server = createHttpServer({
    services: infrastructure.services,
    metrics,
    webDistDir: WEB_DIST_DIR,
    trustProxy: env.ZANG_TRUST_PROXY,
    onInternalError: (error, path) => console.error(`[api] internal error in ${path ?? "?"}:`, error),
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(env.PORT, env.HOST, resolve);
  });
  const { port } = server.address() as AddressInfo;
  const housekeeping = startHousekeeping({ db, roster: infrastructure.services.roster, files: infrastructure.services.files?.store, log });

  return {
    url: `http://localhost:${port}`,
    isEmbeddedDatabase: target.isEmbedded,
    demoSeeded,
    async close() {
      housekeeping.stop();
      metrics?.collector.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await infrastructure.close();
      await db.close();
      await target.stop();
    },
  };
}
