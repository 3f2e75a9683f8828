import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import { DICTIONARIES } from "./dictionaries.ts";
import { applyLocaleToDocument, hasChosenLocale, readLocalePreference, saveChosenLocale, saveSchoolLocale } from "./locale-preference.ts";
import { isLocale, type Locale } from "./locales.ts";
import type { Messages } from "./messages.ts";

type I18n = {
  locale: Locale;
  messages: Messages;
  /** The reader's explicit choice; remembered over any school default. */
  setLocale: (locale: Locale) => void;
  /** The signed-in school's language: shown unless the reader has chosen their own. */
  adoptSchoolLocale: (schoolLocale: string) => void;
};

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState(readLocalePreference);
  const show = useCallback((next: Locale) => {
    applyLocaleToDocument(next);
    setLocaleState(next);
  }, []);
  const setLocale = useCallback(
    (next: Locale) => {
      saveChosenLocale(next);
      show(next);
    },
    [show],
  );
  const adoptSchoolLocale = useCallback(
    (schoolLocale: string) => {
      if (!isLocale(schoolLocale)) return;
      saveSchoolLocale(schoolLocale);
      if (!hasChosenLocale()) show(schoolLocale);
    },
    [show],
  );
  const value = useMemo(() => ({ locale, messages: DICTIONARIES[locale], setLocale, adoptSchoolLocale }), [locale, setLocale, adoptSchoolLocale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error("useI18n must be used inside <I18nProvider>");
  return i18n;
}
