import { readStored, writeStored } from "../lib/local-storage.ts";
import { DEFAULT_LOCALE, DIRECTIONS, isLocale, type Locale } from "./locales.ts";
import { DICTIONARIES } from "./dictionaries.ts";

const LOCALE_KEY = "zang.locale";

export function readLocalePreference(): Locale {
  const stored = readStored(LOCALE_KEY);
  return isLocale(stored) ? stored : DEFAULT_LOCALE;
}

export function saveLocalePreference(locale: Locale): void {
  writeStored(LOCALE_KEY, locale);
}

/** lang picks fonts, hyphenation and screen-reader voice; dir flips the whole layout. */
export function applyLocaleToDocument(locale: Locale, doc: Document = document): void {
  doc.documentElement.lang = locale;
  doc.documentElement.dir = DIRECTIONS[locale];
  doc.title = DICTIONARIES[locale].appName;
}
