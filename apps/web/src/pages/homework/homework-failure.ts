import type { Messages } from "../../i18n/messages.ts";
import { actionFailureText } from "../../lib/action-failure.ts";

/** A failed homework action in the reader's words; `conflictText` says what a CONFLICT means for the action tried. */
export function homeworkFailureText({ messages, error, conflictText }: { messages: Messages; error: unknown; conflictText: string }): string {
  const { notFound, forbidden, invalid } = messages.homework.errors;
  return actionFailureText({ messages, error, texts: { conflict: conflictText, notFound, forbidden, invalid } });
}
