import { useEffect } from "react";
import { formatUnreadCount } from "../format/format-unread.ts";
import { useI18n } from "../i18n/i18n-provider.tsx";
import type { Locale } from "../i18n/locales.ts";

/**
 * The browser tab's title: unread messages first (what a reader in another tab looks for), then
 * the page, then the app: "(3) 7-A · زنگ".
 */
export function documentTitle({ page, unread, appName, locale }: { page: string | null; unread: number; appName: string; locale: Locale }): string {
  const count = unread > 0 ? `(${formatUnreadCount(unread, locale)}) ` : "";
  return `${count}${page ? `${page} · ` : ""}${appName}`;
}

/** Names the tab after this page while it is shown; the app's name alone once it is gone. */
export function useDocumentTitle(page: string | null, unread = 0): void {
  const { messages, locale } = useI18n();
  useEffect(() => {
    document.title = documentTitle({ page, unread, appName: messages.appName, locale });
  }, [page, unread, messages.appName, locale]);
  useEffect(() => {
    return () => {
      document.title = messages.appName;
    };
  }, [messages.appName]);
}

/** useDocumentTitle as an element, for pages that name themselves only once their data is in. */
export function DocumentTitle({ page, unread = 0 }: { page: string; unread?: number }): null {
  useDocumentTitle(page, unread);
  return null;
}
