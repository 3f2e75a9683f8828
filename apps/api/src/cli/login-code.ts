// `npm run users:login-code -- --school <code> --username <name> [--json]`
// Gives someone who lost their password a new one-time login code from the command line, as a
// school admin does on the People page: the old password and every session of the account stop
// working, and at the first sign-in with the code they choose a new password. Exits 0 when the
// code was given, 1 when the school has no such active user, 2 for a usage error.
import { parseArgs } from "node:util";
import { createLoginThrottle, giveLoginCode, isAppError, MemoryCounterStore, RedisCounterStore } from "@zang/core";
import { createDb, migrate, MIGRATIONS_DIR, resolveDatabase } from "@zang/db";
import { Redis } from "ioredis";
import { readEnv } from "../env.ts";
import { failUsage, parseCliArgs, USAGE_EXIT_CODE } from "./cli-args.ts";

const USAGE = `Usage: npm run users:login-code -- --school <code> --username <name> [--json]
  --school <code>    the school's code
  --username <name>  whose password is lost
  --json             print the result as one line of JSON`;

const EXIT = { given: 0, notFound: 1, usage: USAGE_EXIT_CODE } as const;

const args = parseCliArgs(USAGE, () =>
  parseArgs({
    options: {
      school: { type: "string" },
      username: { type: "string" },
      json: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  }),
);
const schoolCode = args.values.school?.trim().toLowerCase();
const username = args.values.username?.trim().toLowerCase();
if (!schoolCode) failUsage("Name the school with --school <code>.", USAGE);
if (!username) failUsage("Name the account with --username <name>.", USAGE);

const env = readEnv();
const target = await resolveDatabase({ url: env.DATABASE_URL, ...(env.ZANG_DATA_DIR ? { dataDir: env.ZANG_DATA_DIR } : {}) });
const db = createDb({ url: target.url, poolSize: 2 });
// With Redis the API processes keep their sign-in lockouts there, and this lifts the account's
// one; the embedded setup keeps them in the API's memory, where they lapse on their own.
const redis = env.REDIS_URL ? new Redis(env.REDIS_URL, { maxRetriesPerRequest: 3 }) : null;
const throttle = createLoginThrottle({ store: redis ? new RedisCounterStore(redis) : new MemoryCounterStore() });
let exitCode: number = EXIT.given;
try {
  await migrate({ url: target.url, migrationsDir: MIGRATIONS_DIR });
  const school = await db.prisma.school.findUnique({ where: { code: schoolCode }, select: { id: true } });
  if (!school) {
    console.error(`No school with the code "${schoolCode}".`);
    exitCode = EXIT.usage;
  } else {
    const issued = await giveLoginCode({ db, throttle, recipient: { schoolCode, username }, actorId: null });
    if (args.values.json) console.log(JSON.stringify(issued));
    else {
      console.log(`New login code for ${issued.username} (${issued.displayName}, ${issued.role}) at school ${issued.schoolCode}:\n\n    ${issued.code}\n`);
      console.log("It signs in once, then asks for a new password. The old password no longer works and every session of the account has ended.");
    }
  }
} catch (error) {
  if (!isAppError(error) || error.code !== "NOT_FOUND") throw error;
  console.error(`School "${schoolCode}" has no active user "${username}".`);
  exitCode = EXIT.notFound;
} finally {
  redis?.disconnect();
  await db.close();
  await target.stop();
}
process.exit(exitCode);
