// Checks the sign-in form with the same schema as the server, but reports problems as message
// keys, so the text follows the reader's language even if they switch it after submitting.
import { ZLoginInput, type TLoginInput } from "@zang/validators";
import { trpcErrorCode } from "../lib/trpc-error.ts";

export type LoginFormValues = { schoolCode: string; username: string; password: string };
export type LoginField = keyof LoginFormValues;
export type LoginFieldProblem = "required" | "tooLong";
export type LoginFieldProblems = Partial<Record<LoginField, LoginFieldProblem>>;
export type LoginFailure = "wrongCredentials" | "rateLimited" | "network" | "unexpected";

export function checkLoginForm(values: LoginFormValues): { input: TLoginInput } | { problems: LoginFieldProblems } {
  const result = ZLoginInput.safeParse(values);
  if (result.success) return { input: result.data };
  const problems: LoginFieldProblems = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0];
    if (field === "schoolCode" || field === "username" || field === "password") {
      problems[field] ??= issue.code === "too_big" ? "tooLong" : "required";
    }
  }
  return { problems };
}

export function loginFailureOf(error: unknown): LoginFailure {
  const code = trpcErrorCode(error);
  switch (code) {
    case "UNAUTHORIZED":
      return "wrongCredentials";
    case "TOO_MANY_REQUESTS":
      return "rateLimited";
    case null:
      return "network";
    default:
      return "unexpected";
  }
}
