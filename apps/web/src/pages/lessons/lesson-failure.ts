import type { Messages } from "../../i18n/messages.ts";
import { trpcErrorCode } from "../../lib/trpc-error.ts";

/**
 * Why a lesson call failed, as the reader needs to know it. The server's messages are English
 * only, so codes become text in the reader's language. PRECONDITION_FAILED is what every lesson
 * procedure answers while LiveKit is not configured on the server.
 */
export type LessonFailure = "notConfigured" | "conflict" | "notFound" | "forbidden" | "invalid" | "network" | "unexpected";

export function lessonFailureOf(error: unknown): LessonFailure {
  const code = trpcErrorCode(error);
  switch (code) {
    case "PRECONDITION_FAILED":
      return "notConfigured";
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

/**
 * `conflictText` says what a CONFLICT means for the action tried (joining a lesson that is not
 * live, ending one that has not started); the page re-reads the lesson, so its state catches up.
 */
export function lessonFailureText({ messages, error, conflictText }: { messages: Messages; error: unknown; conflictText: string }): string {
  const failure = lessonFailureOf(error);
  switch (failure) {
    case "notConfigured":
      return messages.lessons.notConfigured.title;
    case "conflict":
      return conflictText;
    case "notFound":
      return messages.lessons.errors.notFound;
    case "forbidden":
      return messages.lessons.errors.forbidden;
    case "invalid":
      return messages.lessons.errors.invalid;
    case "network":
      return messages.errors.network;
    case "unexpected":
      return messages.errors.unexpected;
  }
}
