import type { Messages } from "../i18n/messages.ts";
import { actionFailureText } from "../lib/action-failure.ts";

/** Words for a failed edit, delete, pin, mute or policy change. */
export function actionErrorText(messages: Messages, error: unknown): string {
  const { pinLimit, notFound, forbidden, invalid } = messages.conversation.errors;
  // The only conflict these actions raise: a sixth pin.
  return actionFailureText({ messages, error, texts: { conflict: pinLimit, notFound, forbidden, invalid } });
}
