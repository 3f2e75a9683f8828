import type { Messages } from "../../i18n/messages.ts";
import { trpcErrorCode } from "../../lib/trpc-error.ts";

/**
 * Why a homework action failed, as the reader needs to know it. The server's own messages are in
 * English only, so the codes are turned into text in the reader's language.
 */
export type HomeworkFailure = "conflict" | "notFound" | "forbidden" | "invalid" | "network" | "unexpected";

export function homeworkFailureOf(error: unknown): HomeworkFailure {
  const code = trpcErrorCode(error);
  switch (code) {
    case "CONFLICT":
      return "conflict";
    case "NOT_FOUND":
      return "notFound";
    case "FORBIDDEN":
      return "forbidden";
    case "BAD_REQUEST":
      return "invalid";
    case null:
      return "network";
    default:
      return "unexpected";
  }
}

/** `conflictText` says what a CONFLICT means for the action that was tried. */
export function homeworkFailureText({ messages, error, conflictText }: { messages: Messages; error: unknown; conflictText: string }): string {
  const failure = homeworkFailureOf(error);
  switch (failure) {
    case "conflict":
      return conflictText;
    case "notFound":
      return messages.homework.errors.notFound;
    case "forbidden":
      return messages.homework.errors.forbidden;
    case "invalid":
      return messages.homework.errors.invalid;
    case "network":
      return messages.errors.network;
    case "unexpected":
      return messages.errors.unexpected;
  }
}
