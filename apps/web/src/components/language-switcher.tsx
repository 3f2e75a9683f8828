import { Select } from "@zang/ui";
import { useI18n } from "../i18n/i18n-provider.tsx";
import { LOCALE_NAMES, LOCALES } from "../i18n/locales.ts";

const OPTIONS = LOCALES.map((locale) => ({ value: locale, label: LOCALE_NAMES[locale], lang: locale }));

export function LanguageSwitcher() {
  const { locale, messages, setLocale } = useI18n();
  return <Select name="locale" label={messages.language} isLabelHidden value={locale} options={OPTIONS} onValueChange={setLocale} />;
}
