// The command line as an admin runs it: arguments through npm, exit codes, and an import killed
// part-way that leaves the school as it was before or after (never half-way) and completes when
// run again.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { buildTestSchool, connectTestDb } from "@zang/core/testing";
import { testDatabaseUrl } from "@zang/db/testing";
import { smallRoster, tempDir, writeFolder } from "@zang/roster/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const REPO_ROOT = fileURLToPath(new URL("../../../..", import.meta.url));
const db = connectTestDb();
let workDir: string;
beforeAll(async () => {
  workDir = await tempDir();
});
afterAll(() => db.close());

type Run = { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string };

function runCli(command: string[], { killWhen }: { killWhen?: (stderr: string) => boolean } = {}): Promise<Run> {
  const child = spawn(command[0]!, command.slice(1), {
    cwd: REPO_ROOT,
    env: { ...process.env, DATABASE_URL: testDatabaseUrl() },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => (stdout += chunk));
  child.stderr.on("data", (chunk) => {
    stderr += chunk;
    if (killWhen?.(stderr) && child.exitCode === null) child.kill("SIGKILL");
  });
  return once(child, "exit").then(([code, signal]) => ({ code: code as number | null, signal: signal as NodeJS.Signals | null, stdout, stderr }));
}

const cli = (args: string[]) => [process.execPath, "--import", "tsx", "apps/api/src/cli/roster-import.ts", ...args];

async function rosterCounts(schoolId: string) {
  const [users, classes, memberships, credentials] = await Promise.all([
    db.prisma.user.count({ where: { schoolId, sourcedId: { not: null } } }),
    db.prisma.classGroup.count({ where: { schoolId, sourcedId: { not: null } } }),
    db.prisma.membership.count({ where: { schoolId, sourcedId: { not: null } } }),
    db.prisma.credential.count({ where: { user: { schoolId, sourcedId: { not: null } } } }),
  ]);
  return { users, classes, memberships, credentials };
}

describe("npm run roster:import", () => {
  it("passes its arguments through npm, and a dry run exits 0 and changes nothing", async () => {
    const school = await buildTestSchool(db, "cli");
    const path = await writeFolder(workDir, "cli-dry", smallRoster().files);
    const run = await runCli(["npm", "run", "--silent", "roster:import", "--", path, "--school", school.code, "--dry-run", "--codes", `${workDir}/codes.csv`]);
    expect(run.stdout).toContain("Roster import (dry run) succeeded");
    expect(run.stdout).toMatch(/users\s+8 created, 0 updated, 0 deactivated, 0 unchanged, 0 rejected \(would be\)/);
    expect(run.code).toBe(0);
    expect(await rosterCounts(school.schoolId)).toEqual({ users: 0, classes: 0, memberships: 0, credentials: 0 });
  });

  it("exits 1 when the import is refused, and 2 for an unknown school", async () => {
    const school = await buildTestSchool(db, "cli");
    const files = smallRoster().files;
    files["users.csv"] = (files["users.csv"] as string).replace("s-1,,,true", "s-1,,,maybe");
    const refused = await runCli(cli([await writeFolder(workDir, "cli-bad", files), "--school", school.code, "--errors", `${workDir}/errors.csv`]));
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('users.csv,3,enabledUser,"""maybe"" is not a valid enabledUser; expected true or false."');
    const unknown = await runCli(cli([workDir, "--school", "no-such-school"]));
    expect(unknown.code).toBe(2);
  });

  it("leaves the school as before or as after when killed part-way, and completes when run again", { timeout: 240_000 }, async () => {
    const school = await buildTestSchool(db, "kill");
    const path = await writeFolder(workDir, "cli-kill", smallRoster({ classes: 60, studentsPerClass: 50 }).files);
    const full = { users: 3060, classes: 60, memberships: 3060, credentials: 3060 };
    const empty = { users: 0, classes: 0, memberships: 0, credentials: 0 };
    for (const phase of ["reading", "validating", "merging", "codes"]) {
      const killed = await runCli(cli([path, "--school", school.code, "--codes", `${workDir}/kill-${phase}.csv`]), {
        killWhen: (stderr) => stderr.includes(`[roster] ${phase}`),
      });
      const state = await rosterCounts(school.schoolId);
      expect([empty, full], `killed at ${phase} (${killed.signal ?? `exit ${killed.code}`})`).toContainEqual(state);
      if (state.users > 0) break; // it finished before the kill landed: nothing left to interrupt
    }
    const again = await runCli(cli([path, "--school", school.code, "--codes", `${workDir}/kill-final.csv`]));
    expect(again.code, again.stderr).toBe(0);
    expect(await rosterCounts(school.schoolId)).toEqual(full);
  });
});
