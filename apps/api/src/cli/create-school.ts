// `npm run schools:create -- --code <code> --name <name> --admin <username> --admin-name <name>
//   [--time-zone <IANA zone>] [--locale fa|en] [--json]`
// Registers a school and its first admin, who gets a one-time login code (printed once) and
// brings in everyone else. Exits 0 when created, 1 when the code is taken, 2 for a usage error.
import { parseArgs } from "node:util";
import { createSchool, isAppError } from "@zang/core";
import { createDb, migrate, MIGRATIONS_DIR, resolveDatabase } from "@zang/db";
import { ZCreateSchoolInput } from "@zang/validators";
import { readEnv } from "../env.ts";
import { failUsage, parseCliArgs, USAGE_EXIT_CODE } from "./cli-args.ts";

const USAGE = `Usage: npm run schools:create -- --code <code> --name <name> --admin <username> --admin-name <name> [options]
  --code <code>           what people type at sign-in: 3 to 64 letters, digits or '-'
  --name <name>           the school's name, as shown in the app
  --admin <username>      the first admin's username
  --admin-name <name>     the first admin's name, as shown in the app
  --time-zone <zone>      for due dates and lesson times (default Asia/Tehran)
  --locale fa|en          the app's language until someone picks theirs (default fa)
  --json                  print the result as one line of JSON`;

const EXIT = { created: 0, taken: 1, usage: USAGE_EXIT_CODE } as const;

const args = parseCliArgs(USAGE, () =>
  parseArgs({
    options: {
      code: { type: "string" },
      name: { type: "string" },
      admin: { type: "string" },
      "admin-name": { type: "string" },
      "time-zone": { type: "string" },
      locale: { type: "string" },
      json: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  }),
);
const parsed = ZCreateSchoolInput.safeParse({
  code: args.values.code ?? "",
  name: args.values.name ?? "",
  adminUsername: args.values.admin ?? "",
  adminName: args.values["admin-name"] ?? "",
  timeZone: args.values["time-zone"],
  locale: args.values.locale,
});
if (!parsed.success) failUsage(parsed.error.issues.map((issue) => issue.message).join("\n"), USAGE);

const env = readEnv();
const target = await resolveDatabase({ url: env.DATABASE_URL, ...(env.ZANG_DATA_DIR ? { dataDir: env.ZANG_DATA_DIR } : {}) });
const db = createDb({ url: target.url, poolSize: 2 });
let exitCode: number = EXIT.created;
try {
  await migrate({ url: target.url, migrationsDir: MIGRATIONS_DIR });
  const school = await createSchool({ db, input: parsed.data });
  if (args.values.json) console.log(JSON.stringify(school));
  else {
    console.log(`School "${school.name}" created: code ${school.code}, time zone ${school.timeZone}, language ${school.locale}.`);
    console.log(`Its admin ${school.admin.username} (${school.admin.displayName}) signs in with this one-time code:\n\n    ${school.admin.loginCode}\n`);
    console.log("It works once, then asks for a password of their own. Lost, a new one comes from `npm run users:login-code`.");
  }
} catch (error) {
  if (!isAppError(error) || error.code !== "CONFLICT") throw error;
  console.error(error.message);
  exitCode = EXIT.taken;
} finally {
  await db.close();
  await target.stop();
}
process.exit(exitCode);
