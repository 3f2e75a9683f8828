import { INTL_LOCALES, type Locale } from "../i18n/locales.ts";

/** Persian digits (۱۲۳) in fa, Latin digits in en. */
export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(INTL_LOCALES[locale]).format(value);
}
