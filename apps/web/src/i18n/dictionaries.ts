import { en } from "./en.ts";
import { fa } from "./fa.ts";
import type { Locale } from "./locales.ts";
import type { Messages } from "./messages.ts";

export const DICTIONARIES: Record<Locale, Messages> = { fa, en };
