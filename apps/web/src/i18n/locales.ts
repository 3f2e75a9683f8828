export const LOCALES = ["fa", "en"] as const;
export type Locale = (typeof LOCALES)[number];

/** Persian first: most of Zang's users read right to left. */
export const DEFAULT_LOCALE: Locale = "fa";

export const DIRECTIONS: Record<Locale, "rtl" | "ltr"> = { fa: "rtl", en: "ltr" };

/** Each language named in itself, so a reader finds theirs whatever the page is showing. */
export const LOCALE_NAMES: Record<Locale, string> = { fa: "فارسی", en: "English" };

/** The tags handed to Intl: Persian dates use the Solar Hijri (Jalali) calendar. */
export const INTL_LOCALES: Record<Locale, string> = { fa: "fa-IR-u-ca-persian", en: "en-US-u-ca-gregory" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as ReadonlyArray<string>).includes(value);
}
