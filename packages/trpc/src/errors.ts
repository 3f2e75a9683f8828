import { TRPCError } from "@trpc/server";
import type { AppErrorCode } from "@zang/core";

type TRPCCode = TRPCError["code"];

/** The one table that maps domain errors to transport codes. */
const CODE_BY_APP_ERROR = {
  UNAUTHENTICATED: "UNAUTHORIZED",
  FORBIDDEN: "FORBIDDEN",
  NOT_FOUND: "NOT_FOUND",
  INVALID_INPUT: "BAD_REQUEST",
  CONFLICT: "CONFLICT",
  RATE_LIMITED: "TOO_MANY_REQUESTS",
  PAYLOAD_TOO_LARGE: "PAYLOAD_TOO_LARGE",
  NOT_CONFIGURED: "PRECONDITION_FAILED",
} as const satisfies Record<AppErrorCode, TRPCCode>;

export function trpcCodeFor(code: AppErrorCode): TRPCCode {
  return CODE_BY_APP_ERROR[code];
}

export const REDACTED_MESSAGE = "Something went wrong on our side. Please try again.";

export const unauthenticated = () => new TRPCError({ code: "UNAUTHORIZED", message: "Sign in to continue." });
export const forbidden = (message = "You are not allowed to do this.") => new TRPCError({ code: "FORBIDDEN", message });
