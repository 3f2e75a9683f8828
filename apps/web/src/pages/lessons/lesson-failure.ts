import type { Messages } from "../../i18n/messages.ts";
import { actionFailureOf } from "../../lib/action-failure.ts";

/**
 * `conflictText` says what a CONFLICT means for the action tried (joining a lesson that is not
 * live, ending one that has not started); the page re-reads the lesson, so its state catches up.
 */
export function lessonFailureText({ messages, error, conflictText }: { messages: Messages; error: unknown; conflictText: string }): string {
  switch (actionFailureOf(error)) {
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
