import type { Messages } from "../../i18n/messages.ts";
import { actionFailureOf } from "../../lib/action-failure.ts";

/** A failed homework action in the reader's words; `conflictText` says what a CONFLICT means for the action tried. */
export function homeworkFailureText({ messages, error, conflictText }: { messages: Messages; error: unknown; conflictText: string }): string {
  switch (actionFailureOf(error)) {
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
    case "notConfigured": // file storage missing on the server: nothing the reader can do
    case "unexpected":
      return messages.errors.unexpected;
  }
}
