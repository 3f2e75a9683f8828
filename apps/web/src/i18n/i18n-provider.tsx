import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import { DICTIONARIES } from "./dictionaries.ts";
import { applyLocaleToDocument, readLocalePreference, saveLocalePreference } from "./locale-preference.ts";
import type { Locale } from "./locales.ts";
import type { Messages } from "./messages.ts";

type I18n = {
  locale: Locale;
  messages: Messages;
  setLocale: (locale: Locale) => void;
};

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState(readLocalePreference);
  const setLocale = useCallback((next: Locale) => {
    saveLocalePreference(next);
    applyLocaleToDocument(next);
    setLocaleState(next);
  }, []);
  const value = useMemo(() => ({ locale, messages: DICTIONARIES[locale], setLocale }), [locale, setLocale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error("useI18n must be used inside <I18nProvider>");
  return i18n;
}
