// The class list's homework card, in both languages (only that card uses these words).
import type { Locale } from "../../i18n/locales.ts";

export type HomeworkOverviewMessages = {
  dueTitle: string;
  dueEmpty: string;
  gradeTitle: string;
  gradeEmpty: string;
  loadFailed: string;
  /** An item's class, as shown beside its title. */
  inClass: (className: string) => string;
};

const EN: HomeworkOverviewMessages = {
  dueTitle: "Homework to hand in",
  dueEmpty: "Nothing to hand in right now.",
  gradeTitle: "Hand-ins to grade",
  gradeEmpty: "Nothing is waiting to be graded.",
  loadFailed: "Your homework could not be loaded.",
  inClass: (className) => `in ${className}`,
};

const FA: HomeworkOverviewMessages = {
  dueTitle: "تکلیف‌هایی که باید تحویل بدهید",
  dueEmpty: "فعلاً تکلیفی برای تحویل ندارید.",
  gradeTitle: "تحویل‌هایی که باید نمره بدهید",
  gradeEmpty: "تحویلی منتظر نمره نیست.",
  loadFailed: "تکلیف‌های شما بارگیری نشد.",
  inClass: (className) => `در ${className}`,
};

export const HOMEWORK_OVERVIEW_MESSAGES: Record<Locale, HomeworkOverviewMessages> = { en: EN, fa: FA };
