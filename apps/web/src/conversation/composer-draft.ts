import { MAX_MESSAGE_LENGTH } from "@zang/validators";

/** Counts characters as the server does: as people see them (an emoji is one), not UTF-16 units. */
export function characterCount(text: string): number {
  return Array.from(text).length;
}

export type DraftCheck = { kind: "empty" } | { kind: "tooLong"; length: number } | { kind: "ok"; body: string };

/**
 * Whether a draft can be sent, judged as the server will judge it (trimmed, at most
 * MAX_MESSAGE_LENGTH; empty only with files).
 */
export function checkDraft(draft: string, { hasFiles = false }: { hasFiles?: boolean } = {}): DraftCheck {
  const body = draft.trim();
  if (body === "") return hasFiles ? { kind: "ok", body } : { kind: "empty" };
  const length = characterCount(body);
  if (length > MAX_MESSAGE_LENGTH) return { kind: "tooLong", length };
  return { kind: "ok", body };
}

/** Show a counter once a draft nears the limit, not before: most messages are short. */
export function shouldShowCounter(draft: string): boolean {
  return characterCount(draft) > MAX_MESSAGE_LENGTH * 0.9;
}
