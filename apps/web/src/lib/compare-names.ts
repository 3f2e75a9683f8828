import { INTL_LOCALES, type Locale } from "../i18n/locales.ts";

/** Orders people by name as people count, in the reader's language: "Student 2" before "Student 10". */
export function nameComparer(locale: Locale): (a: { displayName: string }, b: { displayName: string }) => number {
  const collator = new Intl.Collator(INTL_LOCALES[locale], { numeric: true });
  return (a, b) => collator.compare(a.displayName, b.displayName);
}
