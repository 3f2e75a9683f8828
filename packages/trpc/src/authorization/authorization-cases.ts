// How each procedure is attacked by the authorization-matrix test. Every procedure of the router
// must have an entry: a new procedure without one fails the test, so nobody ships a procedure
// whose cross-school behaviour was never checked.
import type { BuiltSchool } from "@zang/core";
import type { Db } from "@zang/db";

export type SchoolRole = "admin" | "teacher" | "student";

export type AttackFixture = {
  db: Db;
  /** The victim school: inputs point at its objects. */
  victim: BuiltSchool & { code: string };
  password: string;
};

export type ProcedureCase =
  | {
      /** Callable without signing in. Keep this list as short as it is now. */
      kind: "public";
      /** A call that an anonymous caller may legitimately make. */
      input: (fixture: AttackFixture) => unknown | Promise<unknown>;
    }
  | {
      /** Takes ids of the victim school's objects: a caller from another school must be refused. */
      kind: "school";
      /** A role of the victim school that may make this call, proving the input is meaningful. */
      allowedRole: SchoolRole;
      input: (fixture: AttackFixture) => unknown | Promise<unknown>;
    }
  | {
      /** Acts only on the caller's own account or school: another school's caller succeeds but sees nothing of the victim's. */
      kind: "self";
      allowedRole: SchoolRole;
      input?: (fixture: AttackFixture) => unknown | Promise<unknown>;
    };

export const AUTHORIZATION_CASES: Record<string, ProcedureCase> = {
  "auth.login": {
    kind: "public",
    input: ({ victim, password }) => ({ schoolCode: victim.code, username: "student2", password }),
  },
  "auth.me": { kind: "self", allowedRole: "student" },
  "auth.logout": { kind: "self", allowedRole: "student" },
  "auth.logoutEverywhere": { kind: "self", allowedRole: "student" },
  "auth.changePassword": {
    kind: "self",
    allowedRole: "student",
    input: ({ password }) => ({ currentPassword: password, newPassword: "another-long-password" }),
  },
  "classes.list": { kind: "self", allowedRole: "teacher" },
};
