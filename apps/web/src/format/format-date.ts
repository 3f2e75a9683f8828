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

/** The time of day in the school's zone, with the reader's digits (۰۸:۳۰ in fa). */
export function formatTime(date: Date, { locale, timeZone }: Omit<FormatDateOptions, "style">): string {
  return new Intl.DateTimeFormat(INTL_LOCALES[locale], { timeStyle: "short", timeZone }).format(date);
}

/** Date and time together, for a tooltip or a screen reader. */
export function formatDateTime(date: Date, { locale, timeZone }: Omit<FormatDateOptions, "style">): string {
  return new Intl.DateTimeFormat(INTL_LOCALES[locale], { dateStyle: "long", timeStyle: "short", timeZone }).format(date);
}

/** The calendar day in the school's zone ("2026-03-21"): messages are grouped by it. */
export function dayKey(date: Date, timeZone?: string): string {
  return new Intl.DateTimeFormat("en-CA", { year: "numeric", month: "2-digit", day: "2-digit", timeZone }).format(date);
}
