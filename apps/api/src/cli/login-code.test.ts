// The command line an operator runs when an admin cannot reach the web app: a new login code for
// one account, through npm as documented, entered in the school's activity log.
import { createLoginThrottle, login, MemoryCounterStore } from "@zang/core";
import { buildTestSchool, connectTestDb, TEST_PASSWORD } from "@zang/core/testing";
import { afterAll, describe, expect, it } from "vitest";
import { runNpmScript } from "../testing/run-npm-script.ts";

const db = connectTestDb();
afterAll(() => db.close());

// Without REDIS_URL: the lockout store is the process's own, which this test does not need.
const runCli = (args: string[]) => runNpmScript("users:login-code", args, { unset: ["REDIS_URL"] });

const client = { ipAddress: "192.0.2.45" };

describe("npm run users:login-code", () => {
  it("prints a new code that signs in once and asks for a new password; the old password stops working", async () => {
    const school = await buildTestSchool(db, "cli-code");
    const run = await runCli(["--school", school.code.toUpperCase(), "--username", "Student1"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const code = /^ {4}([0-9A-Z]{10})$/m.exec(run.stdout)?.[1];
    expect(run.stdout).toContain(`New login code for student1 (Student One, student) at school ${school.code}:`);
    const throttle = createLoginThrottle({ store: new MemoryCounterStore() });
    await expect(login({ db, throttle, input: { schoolCode: school.code, username: "student1", password: TEST_PASSWORD }, client })).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
    const signedIn = await login({ db, throttle, input: { schoolCode: school.code, username: "student1", password: code! }, client });
    expect(signedIn.user).toMatchObject({ id: school.userIds.student1, mustChangePassword: true });
    // The school's activity log says it was given on the command line, by nobody signed in.
    expect(await db.prisma.auditEvent.findMany({ where: { schoolId: school.schoolId }, select: { action: true, actorId: true, targetUserId: true, details: true } })).toEqual([
      { action: "login_code_issued", actorId: null, targetUserId: school.userIds.student1, details: { via: "command_line" } },
    ]);
  });

  it("prints JSON when asked, and exits 1 for an unknown user and 2 for an unknown school, a missing argument or an unknown option", async () => {
    const school = await buildTestSchool(db, "cli-code-json");
    const asJson = await runCli(["--school", school.code, "--username", "teacher1", "--json"]);
    expect(asJson.code).toBe(0);
    expect(JSON.parse(asJson.stdout)).toMatchObject({ userId: school.userIds.teacher1, username: "teacher1", role: "teacher", schoolCode: school.code, code: expect.any(String) });

    const unknownUser = await runCli(["--school", school.code, "--username", "nobody"]);
    expect(unknownUser).toMatchObject({ code: 1, stdout: "", stderr: `School "${school.code}" has no active user "nobody".\n` });
    const unknownSchool = await runCli(["--school", "no-such-school", "--username", "student1"]);
    expect(unknownSchool).toMatchObject({ code: 2, stderr: `No school with the code "no-such-school".\n` });
    const missing = await runCli(["--school", school.code]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("Name the account with --username <name>.");
    const unknownOption = await runCli(["--school", school.code, "--username", "student1", "--password", "x"]);
    expect(unknownOption.code).toBe(2);
    expect(unknownOption.stderr).toContain("Unknown option '--password'");
    expect(unknownOption.stderr).toContain("Usage: npm run users:login-code");
  });
});
