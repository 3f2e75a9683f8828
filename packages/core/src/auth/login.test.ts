import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AppError } from "../errors.ts";
import { createLoginThrottle } from "../rate-limit/login-throttle.ts";
import { MemoryCounterStore } from "../rate-limit/memory-counter-store.ts";
import { buildTestSchool, connectTestDb, TEST_PASSWORD } from "../testing/test-db.ts";
import { changePassword } from "./change-password.ts";
import { generateLoginCode, hashLoginCode } from "./login-code.ts";
import { login, LOGIN_FAILED_MESSAGE } from "./login.ts";
import { authenticate, revokeAllSessions, revokeSession, SESSION_IDLE_MS } from "./sessions.ts";
import { hashSessionToken } from "./session-token.ts";

const db = connectTestDb();
const client = { ipAddress: "192.0.2.10", userAgent: "vitest" };
const newThrottle = () => createLoginThrottle({ store: new MemoryCounterStore() });
let school: Awaited<ReturnType<typeof buildTestSchool>>;

beforeAll(async () => {
  school = await buildTestSchool(db, "login");
});
afterAll(() => db.close());

const credentials = (overrides: Partial<{ schoolCode: string; username: string; password: string }> = {}) => ({
  schoolCode: school.code,
  username: "teacher1",
  password: TEST_PASSWORD,
  ...overrides,
});

describe("login", () => {
  it("returns a token and the user, and stores only the token's hash", async () => {
    const result = await login({ db, throttle: newThrottle(), input: credentials(), client });
    expect(result.user).toMatchObject({ id: school.userIds.teacher1, role: "teacher", displayName: "Teacher One" });
    const session = await db.prisma.session.findUniqueOrThrow({ where: { tokenHash: hashSessionToken(result.token) } });
    expect(session).toMatchObject({ userId: school.userIds.teacher1, schoolId: school.schoolId, ipAddress: "192.0.2.10" });
    const stored = await db.pool.query(`SELECT count(*)::int AS n FROM "Session" WHERE encode("tokenHash", 'escape') LIKE $1`, [`%${result.token}%`]);
    expect(stored.rows[0].n).toBe(0);
  });

  it("gives the same error for a wrong password, an unknown user and an unknown school", async () => {
    const attempts = [
      credentials({ password: "wrong-password" }),
      credentials({ username: "nobody" }),
      credentials({ schoolCode: "no-such-school" }),
    ];
    for (const input of attempts) {
      const error = (await login({ db, throttle: newThrottle(), input, client }).catch((e: unknown) => e)) as AppError;
      expect({ code: error.code, message: error.message }).toEqual({ code: "UNAUTHENTICATED", message: LOGIN_FAILED_MESSAGE });
    }
  });

  it("refuses another school's user even with the right password", async () => {
    const other = await buildTestSchool(db, "other");
    await expect(login({ db, throttle: newThrottle(), input: credentials({ schoolCode: other.code, username: "nobody-here" }), client })).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
  });

  it("locks the account after repeated failures, even for the right password", async () => {
    const throttle = newThrottle();
    for (let i = 0; i < 10; i++) {
      await expect(login({ db, throttle, input: credentials({ username: "student3", password: "nope" }), client })).rejects.toMatchObject({
        code: "UNAUTHENTICATED",
      });
    }
    await expect(login({ db, throttle, input: credentials({ username: "student3" }), client })).rejects.toMatchObject({ code: "RATE_LIMITED" });
    await expect(login({ db, throttle, input: credentials({ username: "student2" }), client })).resolves.toHaveProperty("token");
  });

  it("refuses a disabled user and ends their sessions' validity", async () => {
    const { token } = await login({ db, throttle: newThrottle(), input: credentials({ username: "student2" }), client });
    expect(await authenticate({ db, token })).not.toBeNull();
    await db.prisma.user.update({ where: { id: school.userIds.student2 }, data: { disabledAt: new Date() } });
    try {
      expect(await authenticate({ db, token })).toBeNull();
      await expect(login({ db, throttle: newThrottle(), input: credentials({ username: "student2" }), client })).rejects.toMatchObject({
        code: "UNAUTHENTICATED",
      });
    } finally {
      await db.prisma.user.update({ where: { id: school.userIds.student2 }, data: { disabledAt: null } });
    }
  });
});

describe("sessions", () => {
  it("authenticates a token until it expires from disuse", async () => {
    const { token } = await login({ db, throttle: newThrottle(), input: credentials(), client });
    const viewer = await authenticate({ db, token });
    expect(viewer).toMatchObject({ userId: school.userIds.teacher1, schoolId: school.schoolId, role: "teacher" });
    expect(await authenticate({ db, token, now: new Date(Date.now() + SESSION_IDLE_MS + 1000) })).toBeNull();
  });

  it("rejects forged and unknown tokens", async () => {
    expect(await authenticate({ db, token: "forged" })).toBeNull();
    expect(await authenticate({ db, token: "A".repeat(43) })).toBeNull();
  });

  it("logs out one session, or every session of the user", async () => {
    const throttle = newThrottle();
    const first = await login({ db, throttle, input: credentials({ username: "teacher2" }), client });
    const second = await login({ db, throttle, input: credentials({ username: "teacher2" }), client });
    const third = await login({ db, throttle, input: credentials({ username: "teacher2" }), client });
    const firstViewer = (await authenticate({ db, token: first.token }))!;
    await revokeSession({ db, viewer: firstViewer });
    expect(await authenticate({ db, token: first.token })).toBeNull();
    expect(await authenticate({ db, token: second.token })).not.toBeNull();

    const secondViewer = (await authenticate({ db, token: second.token }))!;
    expect(await revokeAllSessions({ db, viewer: secondViewer })).toBeGreaterThanOrEqual(2);
    expect(await authenticate({ db, token: second.token })).toBeNull();
    expect(await authenticate({ db, token: third.token })).toBeNull();
  });
});

describe("changePassword", () => {
  it("requires the current password, then signs out the other sessions", async () => {
    const throttle = newThrottle();
    const kept = await login({ db, throttle, input: credentials({ username: "student1" }), client });
    const other = await login({ db, throttle, input: credentials({ username: "student1" }), client });
    const viewer = (await authenticate({ db, token: kept.token }))!;

    await expect(changePassword({ db, viewer, input: { currentPassword: "wrong", newPassword: "a-new-long-password" } })).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
    await changePassword({ db, viewer, input: { currentPassword: TEST_PASSWORD, newPassword: "a-new-long-password" } });

    expect(await authenticate({ db, token: kept.token })).not.toBeNull();
    expect(await authenticate({ db, token: other.token })).toBeNull();
    await expect(login({ db, throttle, input: credentials({ username: "student1" }), client })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(login({ db, throttle, input: credentials({ username: "student1", password: "a-new-long-password" }), client })).resolves.toHaveProperty("token");
  });
});

describe("one-time login codes", () => {
  /** Turns student3 of a fresh school into a roster account: a code, no password yet. */
  async function codeAccount() {
    const codeSchool = await buildTestSchool(db, "code");
    const code = generateLoginCode();
    const userId = codeSchool.userIds.student3!;
    await db.prisma.credential.update({ where: { userId }, data: { passwordHash: null, oneTimeCodeHash: hashLoginCode(code), mustChangePassword: true } });
    const input = (password: string) => ({ schoolCode: codeSchool.code, username: "student3", password });
    return { codeSchool, code, userId, input };
  }

  it("signs a student in with the code, typed in any case and with a dash, and asks for a password", async () => {
    const { code, userId, input } = await codeAccount();
    const typed = `${code.slice(0, 5).toLowerCase()}-${code.slice(5)}`;
    const result = await login({ db, throttle: newThrottle(), input: input(typed), client });
    expect(result.user).toMatchObject({ id: userId, mustChangePassword: true });
  });

  it("answers a wrong code exactly like an unknown user", async () => {
    const { input, codeSchool } = await codeAccount();
    const errors = [];
    for (const attempt of [input("ZZZZZZZZZZ"), input(""), { ...input("ZZZZZZZZZZ"), username: "nobody" }, { ...input("x"), schoolCode: `${codeSchool.code}-no` }]) {
      const error = (await login({ db, throttle: newThrottle(), input: attempt, client }).catch((e: unknown) => e)) as AppError;
      errors.push({ code: error.code, message: error.message });
    }
    expect(new Set(errors.map((error) => JSON.stringify(error)))).toEqual(new Set([JSON.stringify({ code: "UNAUTHENTICATED", message: LOGIN_FAILED_MESSAGE })]));
  });

  it("costs one argon2 verification whether the account has a code, a password or does not exist", async () => {
    const { input } = await codeAccount();
    const time = async (attempt: ReturnType<typeof input>) => {
      const started = performance.now();
      await login({ db, throttle: newThrottle(), input: attempt, client }).catch(() => {});
      return performance.now() - started;
    };
    await time(input("warm-up-attempt"));
    const median = async (attempt: ReturnType<typeof input>) => {
      const samples = [];
      for (let i = 0; i < 5; i++) samples.push(await time(attempt));
      return samples.sort((a, b) => a - b)[2]!;
    };
    const withCode = await median(input("WRONGCODE0"));
    const unknown = await median({ ...input("WRONGCODE0"), username: "nobody" });
    // Both are dominated by one argon2 run (~9 ms); a path that skipped it would take well under 2 ms.
    expect(withCode).toBeGreaterThan(unknown * 0.5);
    expect(unknown).toBeGreaterThan(withCode * 0.5);
  });

  it("takes the code as the current password once, then only the new password works", async () => {
    const { code, userId, input } = await codeAccount();
    const throttle = newThrottle();
    const first = await login({ db, throttle, input: input(code), client });
    const viewer = (await authenticate({ db, token: first.token }))!;
    await changePassword({ db, viewer, input: { currentPassword: code.toLowerCase(), newPassword: "my-own-long-password" } });

    const credential = await db.prisma.credential.findUniqueOrThrow({ where: { userId }, select: { oneTimeCodeHash: true, mustChangePassword: true } });
    expect(credential).toEqual({ oneTimeCodeHash: null, mustChangePassword: false });
    await expect(login({ db, throttle, input: input(code), client })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    const again = await login({ db, throttle, input: input("my-own-long-password"), client });
    expect(again.user.mustChangePassword).toBe(false);
  });
});
