import { INTL_LOCALES, type Locale } from "../../i18n/locales.ts";

/** A length in minutes, in the reader's words and digits: "45 minutes", "۴۵ دقیقه". */
export function formatMinutes(minutes: number, locale: Locale): string {
  return new Intl.NumberFormat(INTL_LOCALES[locale], { style: "unit", unit: "minute", unitDisplay: "long", maximumFractionDigits: 0 }).format(minutes);
}
