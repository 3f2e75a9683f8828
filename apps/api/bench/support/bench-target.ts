// The API a messaging run measures. By default a fresh database with the bench school on the
// given server and the API spawned here on it, so that its CPU and memory can be read. With an
// `apiUrl`, an API already running (on another machine, say, so that the bench's subscribers do not
// share its cores): the bench school is built in that API's own database under a code of its own,
// and removed afterwards; the API's CPU and memory are then not measured.
import { randomBytes } from "node:crypto";
import { resolve } from "node:path";
import { createDb, type Db } from "@zang/db";
import { createTestDatabase } from "@zang/db/testing";
import { spawnApi } from "../../src/testing/spawn-api.ts";
import { BENCH_SCHOOL_CODE, buildBenchSchool, removeBenchSchool, type BenchSchool } from "./bench-school.ts";
import type { Cleanup } from "./cleanup.ts";

export type BenchTarget = {
  db: Db;
  school: BenchSchool;
  schoolCode: string;
  /** `pid` is null for an API on another machine. */
  api: { url: string; pid: number | null; output(): string };
};

export async function prepareBenchTarget({
  databaseUrl,
  redisUrl,
  apiUrl,
  students,
  burstClasses,
  poolSize,
  cpuProfileDir,
  cleanup,
  log,
}: {
  databaseUrl: string;
  redisUrl: string;
  /** Empty: spawn the API here. */
  apiUrl: string;
  students: number;
  burstClasses: number;
  poolSize: number;
  cpuProfileDir: string;
  cleanup: Cleanup;
  log: (line: string) => void;
}): Promise<BenchTarget> {
  if (apiUrl) {
    const url = apiUrl.replace(/\/+$/, "");
    const db = createDb({ url: databaseUrl, poolSize });
    cleanup.add(() => db.close());
    const schoolCode = `${BENCH_SCHOOL_CODE}-${randomBytes(4).toString("hex")}`;
    const school = await buildBenchSchool({ db, students, burstClasses, code: schoolCode }).catch((error: Error) => {
      throw new Error(`could not build the bench school in ${redact(databaseUrl)} (it must be the API's own, migrated database): ${error.message}`);
    });
    cleanup.add(() => removeBenchSchool(db, school.schoolId));
    log(`  API at ${url} (not started here: its CPU and memory are not measured); school ${schoolCode} with ${students} students in its database, removed afterwards`);
    return { db, school, schoolCode, api: { url, pid: null, output: () => "" } };
  }

  const database = await createTestDatabase({ serverUrl: databaseUrl }).catch((error: Error) => {
    throw new Error(`PostgreSQL at ${redact(databaseUrl)} is not usable: ${error.message}`);
  });
  cleanup.add(() => database.drop());
  const db = createDb({ url: database.url, poolSize });
  cleanup.add(() => db.close());
  const school = await buildBenchSchool({ db, students, burstClasses });
  log(`  database ${new URL(database.url).pathname.slice(1)}: school with ${students} students and sessions`);
  const api = await spawnApi({
    env: { DATABASE_URL: database.url, REDIS_URL: redisUrl, ZANG_DEMO_SEED: "off" },
    // Relative to where `npm run` was typed, not to the workspace npm switches into.
    nodeArgs: cpuProfileDir ? ["--cpu-prof", `--cpu-prof-dir=${resolve(process.env.INIT_CWD ?? process.cwd(), cpuProfileDir)}`] : [],
  });
  cleanup.add(() => api.stop());
  return { db, school, schoolCode: BENCH_SCHOOL_CODE, api };
}

/** A URL without its password, for messages. */
export function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(invalid URL)";
  }
}
