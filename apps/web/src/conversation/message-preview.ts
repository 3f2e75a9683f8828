import { formatNumber } from "../format/format-number.ts";
import type { Locale } from "../i18n/locales.ts";
import type { Messages } from "../i18n/messages.ts";

/** A message on one line (class list, pinned bar, the message a reply answers): its text, or, with none, how many files it carries. */
export function messagePreview({ body, fileCount }: { body: string; fileCount: number }, { messages, locale }: { messages: Messages; locale: Locale }): string {
  if (body !== "" || fileCount === 0) return body;
  return messages.files.summary(fileCount, formatNumber(fileCount, locale));
}
