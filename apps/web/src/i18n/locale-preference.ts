// Which language to show: the reader's own explicit choice wins; until they make one, their
// school's language (remembered from the last sign-in, so a reload does not flash another
// language); before any sign-in, Persian.
import { readStored, writeStored } from "../lib/local-storage.ts";
import { DICTIONARIES } from "./dictionaries.ts";
import { DEFAULT_LOCALE, DIRECTIONS, isLocale, type Locale } from "./locales.ts";

const CHOSEN_LOCALE_KEY = "zang.locale";
const SCHOOL_LOCALE_KEY = "zang.school-locale";

export function resolveLocale({ chosen, school }: { chosen: unknown; school: unknown }): Locale {
  if (isLocale(chosen)) return chosen;
  if (isLocale(school)) return school;
  return DEFAULT_LOCALE;
}

export function readLocalePreference(): Locale {
  return resolveLocale({ chosen: readStored(CHOSEN_LOCALE_KEY), school: readStored(SCHOOL_LOCALE_KEY) });
}

export function hasChosenLocale(): boolean {
  return isLocale(readStored(CHOSEN_LOCALE_KEY));
}

/** The reader picked a language: it sticks, whatever their school's default. */
export function saveChosenLocale(locale: Locale): void {
  writeStored(CHOSEN_LOCALE_KEY, locale);
}

/** Remembers the school's language as the default for readers who have not chosen one. */
export function saveSchoolLocale(locale: Locale): void {
  writeStored(SCHOOL_LOCALE_KEY, locale);
}

/** lang picks fonts, hyphenation and screen-reader voice; dir flips the whole layout. */
export function applyLocaleToDocument(locale: Locale, doc: Document = document): void {
  doc.documentElement.lang = locale;
  doc.documentElement.dir = DIRECTIONS[locale];
  doc.title = DICTIONARIES[locale].appName;
}
