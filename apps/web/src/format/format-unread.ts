import type { Locale } from "../i18n/locales.ts";
import { formatNumber } from "./format-number.ts";

/** The server stops counting unread messages here (see listClasses); at the cap the badge says "999+". */
export const UNREAD_COUNT_CAP = 999;

export function formatUnreadCount(count: number, locale: Locale): string {
  return count >= UNREAD_COUNT_CAP ? `${formatNumber(UNREAD_COUNT_CAP, locale)}+` : formatNumber(count, locale);
}
