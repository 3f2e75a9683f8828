// An operator registers a school on the command line, through npm as documented: its first admin
// signs in with the printed code and is asked for a password of their own.
import { randomBytes } from "node:crypto";
import { createLoginThrottle, login, MemoryCounterStore } from "@zang/core";
import { connectTestDb } from "@zang/core/testing";
import { afterAll, describe, expect, it } from "vitest";
import { runNpmScript } from "../testing/run-npm-script.ts";

const db = connectTestDb();
afterAll(() => db.close());

const runCli = (args: string[]) => runNpmScript("schools:create", args);

const newCode = () => `school-${randomBytes(3).toString("hex")}`;

describe("npm run schools:create", () => {
  it("registers a school whose first admin signs in once with the printed code, then chooses a password", async () => {
    const code = newCode();
    const run = await runCli(["--code", code.toUpperCase(), "--name", "دبیرستان البرز", "--admin", "Principal", "--admin-name", "خانم کریمی", "--time-zone", "Asia/Kabul"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`School "دبیرستان البرز" created: code ${code}, time zone Asia/Kabul, language fa.`);
    const loginCode = /^ {4}([0-9A-Z]{10})$/m.exec(run.stdout)?.[1];
    const signedIn = await login({
      db,
      throttle: createLoginThrottle({ store: new MemoryCounterStore() }),
      input: { schoolCode: code, username: "principal", password: loginCode! },
      client: { ipAddress: "192.0.2.46" },
    });
    expect(signedIn.user).toMatchObject({ role: "admin", displayName: "خانم کریمی", mustChangePassword: true });
    const school = await db.prisma.school.findUniqueOrThrow({ where: { code }, select: { id: true, timeZone: true, locale: true } });
    expect(school).toMatchObject({ timeZone: "Asia/Kabul", locale: "fa" });
    // The code is in the school's activity log as given on the command line.
    expect(await db.prisma.auditEvent.findMany({ where: { schoolId: school.id }, select: { action: true, actorId: true, details: true } })).toEqual([
      { action: "login_code_issued", actorId: null, details: { via: "command_line" } },
    ]);
  });

  it("refuses a code already taken (exit 1) and bad or missing arguments with what is wrong (exit 2), creating nothing", async () => {
    const code = newCode();
    const first = await runCli(["--code", code, "--name", "One", "--admin", "admin", "--admin-name", "Admin", "--locale", "en", "--json"]);
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ code, name: "One", locale: "en", timeZone: "Asia/Tehran", admin: { username: "admin", loginCode: expect.any(String) } });

    const taken = await runCli(["--code", code, "--name", "Two", "--admin", "admin", "--admin-name", "Admin"]);
    expect(taken).toMatchObject({ code: 1, stdout: "" });
    expect(taken.stderr.trim()).toBe(`A school with the code "${code}" already exists.`);
    expect(await db.prisma.school.findUniqueOrThrow({ where: { code }, select: { name: true } })).toEqual({ name: "One" });

    const badZone = await runCli(["--code", newCode(), "--name", "Three", "--admin", "admin", "--admin-name", "Admin", "--time-zone", "Tehran"]);
    expect(badZone.code).toBe(2);
    expect(badZone.stderr).toContain('"Tehran" is not a time zone; use an IANA name such as Asia/Tehran.');
    const missing = await runCli(["--code", "x"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("School codes are 3 to 64 letters");
    expect(missing.stderr).toContain("Give the school's name.");
  });
});
