// Domain errors. Domain code throws AppError; only the transport (tRPC, HTTP routes) turns the
// code into a status. Messages are shown to users, so they must be clear and leak nothing.
export type AppErrorCode =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "INVALID_INPUT"
  | "CONFLICT"
  | "RATE_LIMITED"
  | "PAYLOAD_TOO_LARGE"
  | "NOT_CONFIGURED";

export class AppError extends Error {
  override name = "AppError";
  readonly code: AppErrorCode;
  /** For RATE_LIMITED: when the caller may try again. */
  readonly retryAfterMs: number | undefined;
  /** A finer reason clients can translate (e.g. an upload's "too_large", "type_not_allowed"). */
  readonly reason: string | undefined;

  constructor({ code, message, retryAfterMs, reason, cause }: { code: AppErrorCode; message: string; retryAfterMs?: number; reason?: string; cause?: unknown }) {
    super(message, { cause });
    this.code = code;
    this.retryAfterMs = retryAfterMs;
    this.reason = reason;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
