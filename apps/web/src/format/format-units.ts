import { INTL_LOCALES, type Locale } from "../i18n/locales.ts";

const KILOBYTE = 1024;
const MEGABYTE = 1024 * KILOBYTE;

/** File sizes in kB or MB, in the reader's digits. */
export function formatFileSize(bytes: number, locale: Locale): string {
  const [value, unit] = bytes >= MEGABYTE ? [bytes / MEGABYTE, "megabyte"] : [bytes === 0 ? 0 : Math.max(bytes / KILOBYTE, 0.1), "kilobyte"];
  return new Intl.NumberFormat(INTL_LOCALES[locale], { style: "unit", unit, unitDisplay: "short", maximumFractionDigits: 1 }).format(value);
}

/** A fraction from 0 to 1 as a whole percentage: ۴۵٪ in fa, 45% in en. */
export function formatPercent(fraction: number, locale: Locale): string {
  return new Intl.NumberFormat(INTL_LOCALES[locale], { style: "percent", maximumFractionDigits: 0 }).format(fraction);
}
