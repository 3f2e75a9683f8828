import { INTL_LOCALES, type Locale } from "../i18n/locales.ts";

export type FormatDateOptions = {
  locale: Locale;
  /** The school's IANA time zone, so a date reads the same for everyone in the school. */
  timeZone?: string;
  style?: "long" | "medium" | "short";
};

/** A calendar date for the reader: Jalali with Persian digits in fa, Gregorian in en. */
export function formatDate(date: Date, { locale, timeZone, style = "long" }: FormatDateOptions): string {
  return new Intl.DateTimeFormat(INTL_LOCALES[locale], { dateStyle: style, timeZone }).format(date);
}
