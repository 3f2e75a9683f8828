// Checks the change-password form with the server's own schema, and reports problems as message
// keys so the text follows the reader's language.
import { ZChangePasswordInput, type TChangePasswordInput } from "@zang/validators";
import { trpcErrorCode } from "../lib/trpc-error.ts";

export type ChangePasswordValues = { currentPassword: string; newPassword: string; confirmPassword: string };
export type ChangePasswordField = keyof ChangePasswordValues;
export type ChangePasswordProblem = "required" | "tooShort" | "tooLong" | "sameAsCurrent" | "mismatch";
export type ChangePasswordProblems = Partial<Record<ChangePasswordField, ChangePasswordProblem>>;
export type ChangePasswordFailure = "wrongCurrent" | "network" | "unexpected";

export function checkChangePasswordForm(values: ChangePasswordValues): { input: TChangePasswordInput } | { problems: ChangePasswordProblems } {
  const problems: ChangePasswordProblems = {};
  const result = ZChangePasswordInput.safeParse({ currentPassword: values.currentPassword, newPassword: values.newPassword });
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = issue.path[0];
      if (field === "currentPassword") problems.currentPassword ??= issue.code === "too_big" ? "tooLong" : "required";
      if (field === "newPassword") problems.newPassword ??= issue.code === "too_big" ? "tooLong" : "tooShort";
    }
  }
  if (!problems.newPassword && values.newPassword === values.currentPassword) problems.newPassword = "sameAsCurrent";
  if (!problems.newPassword && values.confirmPassword !== values.newPassword) problems.confirmPassword = "mismatch";
  if (Object.keys(problems).length > 0 || !result.success) return { problems };
  return { input: result.data };
}

/**
 * The form has already checked everything the server checks except the current password, so a
 * BAD_REQUEST here means that one was wrong.
 */
export function changePasswordFailureOf(error: unknown): ChangePasswordFailure {
  const code = trpcErrorCode(error);
  switch (code) {
    case "BAD_REQUEST":
      return "wrongCurrent";
    case null:
      return "network";
    default:
      return "unexpected";
  }
}
