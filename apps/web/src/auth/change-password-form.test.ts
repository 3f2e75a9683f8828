import { TRPCClientError } from "@trpc/client";
import { MIN_PASSWORD_LENGTH } from "@zang/validators";
import { describe, expect, it } from "vitest";
import { changePasswordFailureOf, checkChangePasswordForm } from "./change-password-form.ts";

const LONG_ENOUGH = "x".repeat(MIN_PASSWORD_LENGTH);

describe("checkChangePasswordForm", () => {
  it("accepts a new password of the minimum length that is repeated exactly", () => {
    expect(checkChangePasswordForm({ currentPassword: "old-password", newPassword: LONG_ENOUGH, confirmPassword: LONG_ENOUGH })).toEqual({
      input: { currentPassword: "old-password", newPassword: LONG_ENOUGH },
    });
  });

  it("reports a missing current password and a short new one together", () => {
    expect(checkChangePasswordForm({ currentPassword: "", newPassword: "short", confirmPassword: "short" })).toEqual({
      problems: { currentPassword: "required", newPassword: "tooShort" },
    });
  });

  it("refuses to keep the same password", () => {
    expect(checkChangePasswordForm({ currentPassword: LONG_ENOUGH, newPassword: LONG_ENOUGH, confirmPassword: LONG_ENOUGH })).toEqual({
      problems: { newPassword: "sameAsCurrent" },
    });
  });

  it("notices a confirmation that differs from the new password", () => {
    expect(checkChangePasswordForm({ currentPassword: "old-password", newPassword: LONG_ENOUGH, confirmPassword: `${LONG_ENOUGH}!` })).toEqual({
      problems: { confirmPassword: "mismatch" },
    });
  });
});

describe("changePasswordFailureOf", () => {
  function trpcError(code: string) {
    return new TRPCClientError("refused", { result: { error: { message: "refused", code: -32600, data: { code } } } });
  }

  it("reads a refusal of a checked form as a wrong current password", () => {
    expect(changePasswordFailureOf(trpcError("BAD_REQUEST"))).toBe("wrongCurrent");
    expect(changePasswordFailureOf(trpcError("INTERNAL_SERVER_ERROR"))).toBe("unexpected");
    expect(changePasswordFailureOf(new TRPCClientError("fetch failed"))).toBe("network");
  });
});
