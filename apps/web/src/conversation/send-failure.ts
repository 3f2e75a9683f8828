import { trpcErrorCode } from "../lib/trpc-error.ts";
import type { SendFailure } from "./conversation-state.ts";

/** Why a send failed, as far as the reader can act on it. */
export function sendFailureOf(error: unknown): SendFailure {
  const code = trpcErrorCode(error);
  switch (code) {
    case "FORBIDDEN":
      return "forbidden";
    case "BAD_REQUEST":
    case "NOT_FOUND":
    case "CONFLICT":
      return "invalid";
    case null:
      return "network";
    default:
      return "unexpected";
  }
}
