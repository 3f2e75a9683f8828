import { isFileRejectedError } from "@zang/storage";
import { AppError } from "../errors.ts";

/**
 * A file the storage refused is the user's to fix: its message is written for them, and its reason
 * (too_large, type_not_allowed, …) is the same code POST /api/files answers with. Anything else is
 * rethrown untouched (and reaches the client as a redacted 500).
 */
export function rethrowAsRejection(error: unknown): never {
  if (!isFileRejectedError(error)) throw error;
  throw new AppError({ code: error.reason === "too_large" ? "PAYLOAD_TOO_LARGE" : "INVALID_INPUT", message: error.message, reason: error.reason, cause: error });
}
