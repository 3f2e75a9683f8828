import type { Messages } from "../i18n/messages.ts";
import { trpcErrorCode } from "../lib/trpc-error.ts";

/** Words for a failed edit, delete, pin, mute or policy change. */
export function actionErrorText(messages: Messages, error: unknown): string {
  const code = trpcErrorCode(error);
  switch (code) {
    case "CONFLICT":
      // The only conflict these actions raise: a sixth pin.
      return messages.conversation.errors.pinLimit;
    case "FORBIDDEN":
      return messages.conversation.errors.forbidden;
    case "NOT_FOUND":
      return messages.conversation.errors.notFound;
    case "BAD_REQUEST":
      return messages.conversation.errors.invalid;
    case null:
      return messages.errors.network;
    default:
      return messages.errors.unexpected;
  }
}
