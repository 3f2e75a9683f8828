// Proves, for every procedure of the router, that an anonymous caller and callers of every role
// from another school are refused, and that the victim school's data stays untouched.
import { TRPCError } from "@trpc/server";
import { buildTestSchool, connectTestDb, TEST_PASSWORD, viewerFor } from "@zang/core/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "../app-router.ts";
import { createContextInner } from "../context.ts";
import { createTestServices } from "../testing/test-services.ts";
import { createCallerFactory } from "../trpc.ts";
import { AUTHORIZATION_CASES, type AttackFixture, type SchoolRole } from "./authorization-cases.ts";
import { snapshotSchool } from "./school-snapshot.ts";

const db = connectTestDb();
const services = createTestServices(db);
const createCaller = createCallerFactory(appRouter);
const ROLES: SchoolRole[] = ["admin", "teacher", "student"];
const USERNAME_BY_ROLE: Record<SchoolRole, string> = { admin: "admin", teacher: "teacher1", student: "student1" };
const REFUSED_CROSS_SCHOOL = new Set(["FORBIDDEN", "NOT_FOUND"]);

// At run time tRPC keeps every procedure under its dotted path here (the declared type is nested).
const procedures: Record<string, unknown> = appRouter._def.procedures;
const procedurePaths = Object.keys(procedures).sort();

let fixture: AttackFixture;
let attacker: Awaited<ReturnType<typeof buildTestSchool>>;

beforeAll(async () => {
  const [victim, other] = await Promise.all([buildTestSchool(db, "victim"), buildTestSchool(db, "attacker")]);
  fixture = { db, victim, password: TEST_PASSWORD };
  attacker = other;
});
afterAll(() => db.close());

/** How long a subscription must stay open without an error to count as answered. */
const SUBSCRIPTION_SETTLE_MS = 300;

/**
 * Calls a procedure by its dotted path. A subscription runs its middlewares when first read, so
 * it counts as answered once it has stayed open (or yielded) without an error for a moment.
 */
async function call(viewer: Awaited<ReturnType<typeof viewerFor>> | null, path: string, input: unknown): Promise<unknown> {
  const abort = new AbortController();
  const caller = createCaller(createContextInner({ services, viewer, client: { ipAddress: "198.51.100.7" } }), { signal: abort.signal });
  const procedure = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller) as (input: unknown) => Promise<unknown>;
  const result = await procedure(input);
  if (!(result && typeof result === "object" && Symbol.asyncIterator in result)) return result;
  const iterator = (result as AsyncIterable<unknown>)[Symbol.asyncIterator]();
  try {
    const first = await Promise.race([iterator.next(), new Promise((resolve) => setTimeout(resolve, SUBSCRIPTION_SETTLE_MS, "open"))]);
    return first === "open" ? { subscription: "open" } : first;
  } finally {
    abort.abort();
    void iterator.return?.();
  }
}

async function outcome(promise: Promise<unknown>): Promise<{ ok: true; value: unknown } | { ok: false; code: string; message: string }> {
  try {
    return { ok: true, value: await promise };
  } catch (error) {
    if (error instanceof TRPCError) return { ok: false, code: error.code, message: error.message };
    throw error;
  }
}

function victimMarkers(): string[] {
  return [fixture.victim.schoolId, fixture.victim.code, ...Object.values(fixture.victim.userIds), ...Object.values(fixture.victim.classIds)];
}

describe("authorization matrix", () => {
  it("has a case for every procedure of the router", () => {
    const missing = procedurePaths.filter((path) => !(path in AUTHORIZATION_CASES));
    const stale = Object.keys(AUTHORIZATION_CASES).filter((path) => !(path in procedures));
    expect({ missing, stale }).toEqual({ missing: [], stale: [] });
  });

  it.each(procedurePaths)("%s refuses an anonymous caller unless it is public", async (path) => {
    const testCase = AUTHORIZATION_CASES[path]!;
    if (testCase.kind === "public") return;
    const input = testCase.input ? await testCase.input(fixture) : undefined;
    const result = await outcome(call(null, path, input));
    expect(result).toMatchObject({ ok: false, code: "UNAUTHORIZED", message: "Sign in to continue." });
  });

  it("lets anonymous callers reach only the public procedures", async () => {
    const reachable: string[] = [];
    for (const path of procedurePaths) {
      const testCase = AUTHORIZATION_CASES[path]!;
      const input = testCase.input ? await testCase.input(fixture) : undefined;
      const result = await outcome(call(null, path, input));
      if (result.ok || result.code !== "UNAUTHORIZED") reachable.push(path);
    }
    expect(reachable).toEqual(procedurePaths.filter((path) => AUTHORIZATION_CASES[path]!.kind === "public"));
  });

  it.each(procedurePaths)("%s refuses every role of another school and leaves the victim's data untouched", async (path) => {
    const testCase = AUTHORIZATION_CASES[path]!;
    if (testCase.kind === "public") return;
    // Inputs may create their targets in the victim school: make them all before the snapshot.
    const inputs = await Promise.all(ROLES.map(async () => (testCase.input ? await testCase.input(fixture) : undefined)));
    const before = await snapshotSchool(db, fixture.victim.schoolId);
    for (const [index, role] of ROLES.entries()) {
      const viewer = await viewerFor(db, attacker, USERNAME_BY_ROLE[role]);
      const input = inputs[index];
      const result = await outcome(call(viewer, path, input));
      if (testCase.kind === "school") {
        expect(result.ok ? "answered" : result.code, `${path} as the other school's ${role}`).toSatisfy((code: string) => REFUSED_CROSS_SCHOOL.has(code));
      } else if (result.ok) {
        const leaked = victimMarkers().filter((marker) => JSON.stringify(result.value ?? null).includes(marker));
        expect(leaked, `${path} as the other school's ${role} returned the victim school's data`).toEqual([]);
      }
    }
    expect(await snapshotSchool(db, fixture.victim.schoolId)).toEqual(before);
  });

  it.each(procedurePaths)("%s answers its rightful caller in the victim school (the attack inputs are meaningful)", async (path) => {
    const testCase = AUTHORIZATION_CASES[path]!;
    if (testCase.kind === "public") return;
    const viewer = await viewerFor(db, fixture.victim, USERNAME_BY_ROLE[testCase.allowedRole]);
    const input = testCase.input ? await testCase.input(fixture) : undefined;
    const result = await outcome(call(viewer, path, input));
    expect(result.ok ? "answered" : `${result.code}: ${result.message}`).toBe("answered");
  });
});
