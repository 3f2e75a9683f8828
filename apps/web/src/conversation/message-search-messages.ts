// The class search's words, in both languages (only the search panel uses them).
import type { Locale } from "../i18n/locales.ts";

export type MessageSearchMessages = {
  open: string;
  close: string;
  label: string;
  placeholder: string;
  submit: string;
  tooShort: string;
  /** While nothing has been searched yet. */
  hint: string;
  noMatches: (query: string) => string;
  /** Some of the history was searched and there is older history left. */
  noMatchesYet: string;
  searchOlder: string;
  show: string;
  /** The result is too far back to bring the conversation to it. */
  tooFarBack: string;
  showFailed: string;
  failed: string;
  tooMany: string;
};

const EN: MessageSearchMessages = {
  open: "Search",
  close: "Close search",
  label: "Search this class's messages",
  placeholder: "A word or a few, in any spelling",
  submit: "Search",
  tooShort: "Type at least 2 letters.",
  hint: "Finds words however they were typed: Arabic or Persian letters, with or without half-spaces, in any digits.",
  noMatches: (query) => `No messages contain “${query}”.`,
  noMatchesYet: "Nothing in the most recent messages.",
  searchOlder: "Search older messages",
  show: "Show in the conversation",
  tooFarBack: "This message is far back in the conversation; it is shown here in full.",
  showFailed: "The conversation could not be loaded back to this message. Check your connection and try again.",
  failed: "The search did not work.",
  tooMany: "Too many searches in a short time. Wait a minute, then search again.",
};

const FA: MessageSearchMessages = {
  open: "جستجو",
  close: "بستن جستجو",
  label: "جستجو در پیام‌های این کلاس",
  placeholder: "یک یا چند کلمه، با هر املایی",
  submit: "جستجو",
  tooShort: "دست‌کم ۲ حرف بنویسید.",
  hint: "کلمه‌ها را هر طور نوشته شده باشند پیدا می‌کند: با حروف عربی یا فارسی، با نیم‌فاصله یا بی آن، با هر نوع رقمی.",
  noMatches: (query) => `هیچ پیامی «${query}» ندارد.`,
  noMatchesYet: "در پیام‌های تازه‌تر چیزی پیدا نشد.",
  searchOlder: "جستجو در پیام‌های قدیمی‌تر",
  show: "نمایش در گفتگو",
  tooFarBack: "این پیام خیلی عقب‌تر در گفتگوست؛ متن کاملش همین‌جاست.",
  showFailed: "گفتگو تا این پیام بارگیری نشد. اتصال را بررسی کنید و دوباره امتحان کنید.",
  failed: "جستجو انجام نشد.",
  tooMany: "در مدت کوتاهی بیش از اندازه جستجو کرده‌اید. یک دقیقه صبر کنید و دوباره جستجو کنید.",
};

export const MESSAGE_SEARCH_MESSAGES: Record<Locale, MessageSearchMessages> = { en: EN, fa: FA };
