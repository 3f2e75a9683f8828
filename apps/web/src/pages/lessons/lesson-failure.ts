import type { Messages } from "../../i18n/messages.ts";
import { actionFailureText } from "../../lib/action-failure.ts";

/**
 * `conflictText` says what a CONFLICT means for the action tried (joining a lesson that is not
 * live, ending one that has not started); the page re-reads the lesson, so its state catches up.
 * PRECONDITION_FAILED means LiveKit is not configured on the server.
 */
export function lessonFailureText({ messages, error, conflictText }: { messages: Messages; error: unknown; conflictText: string }): string {
  const { notFound, forbidden, invalid } = messages.lessons.errors;
  return actionFailureText({ messages, error, texts: { conflict: conflictText, notFound, forbidden, invalid, notConfigured: messages.lessons.notConfigured.title } });
}
