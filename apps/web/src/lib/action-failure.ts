import type { Messages } from "../i18n/messages.ts";
import { trpcErrorCode } from "./trpc-error.ts";

/**
 * Why a call failed, as the reader needs to know it. The server's messages are English only, so
 * pages turn these kinds into text in the reader's language. PRECONDITION_FAILED is what a
 * procedure answers while the service it needs (LiveKit, file storage) is not configured.
 */
export type ActionFailure = "notConfigured" | "conflict" | "notFound" | "forbidden" | "invalid" | "network" | "unexpected";

export function actionFailureOf(error: unknown): ActionFailure {
  switch (trpcErrorCode(error)) {
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

/** What each refusal means on one page; `notConfigured` only where a missing service is worth naming. */
export type RefusalTexts = { conflict: string; notFound: string; forbidden: string; invalid: string; notConfigured?: string };

/** One text for every refusal, where the page has nothing more precise to say about any of them. */
export function sameRefusalText(text: string): RefusalTexts {
  return { conflict: text, notFound: text, forbidden: text, invalid: text };
}

/** Words for a failed call: the page's own for its refusals, the app's for network trouble and the unexpected. */
export function actionFailureText({ messages, error, texts }: { messages: Messages; error: unknown; texts: RefusalTexts }): string {
  const failure = actionFailureOf(error);
  switch (failure) {
    case "network":
      return messages.errors.network;
    case "notConfigured":
      return texts.notConfigured ?? messages.errors.unexpected;
    case "unexpected":
      return messages.errors.unexpected;
    default:
      return texts[failure];
  }
}
