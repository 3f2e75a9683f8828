// A class's settings and the archived classes, for school admins, in both languages.
import type { Locale } from "../i18n/locales.ts";

export type ClassSettingsMessages = {
  title: string;
  name: string;
  grade: string;
  nameMissing: string;
  save: string;
  saved: string;
  saveFailed: string;
  archive: string;
  archiveQuestion: (className: string) => string;
  archiveConfirm: string;
  cancel: string;
  archiveFailed: string;
  archivedTitle: string;
  archivedDescription: string;
  archivedOn: (date: string) => string;
  members: (count: string) => string;
  restore: string;
  restoreFailed: string;
  archivedLoadFailed: string;
  school: {
    open: string;
    title: string;
    name: string;
    timeZone: string;
    timeZoneHint: string;
    language: string;
    save: string;
    cancel: string;
    invalid: string;
    failed: string;
  };
};

const EN: ClassSettingsMessages = {
  title: "Class settings",
  name: "Name",
  grade: "Grade",
  nameMissing: "Give the class a name.",
  save: "Save",
  saved: "Saved.",
  saveFailed: "The class could not be renamed.",
  archive: "Archive class",
  archiveQuestion: (className) => `Archive ${className}? It disappears for its teachers and students; its conversation, homework and lessons are kept, and you can restore it from the class list.`,
  archiveConfirm: "Archive",
  cancel: "Cancel",
  archiveFailed: "The class could not be archived.",
  archivedTitle: "Archived classes",
  archivedDescription: "Hidden from their members, kept as they were. Restoring brings a class back to everyone in it.",
  archivedOn: (date) => `archived ${date}`,
  members: (count) => `${count} members`,
  restore: "Restore",
  restoreFailed: "The class could not be restored.",
  archivedLoadFailed: "Archived classes could not be loaded.",
  school: {
    open: "School settings",
    title: "School settings",
    name: "School name",
    timeZone: "Time zone",
    timeZoneHint: "The clock of due dates, lesson times and the activity log, as an IANA name such as Asia/Tehran.",
    language: "Language for people who have not chosen one",
    save: "Save",
    cancel: "Cancel",
    invalid: "Check the name and the time zone (an IANA name such as Asia/Tehran).",
    failed: "The school's settings could not be saved.",
  },
};

const FA: ClassSettingsMessages = {
  title: "تنظیمات کلاس",
  name: "نام",
  grade: "پایه",
  nameMissing: "برای کلاس نامی بنویسید.",
  save: "ذخیره",
  saved: "ذخیره شد.",
  saveFailed: "نام کلاس تغییر نکرد.",
  archive: "بایگانی کلاس",
  archiveQuestion: (className) => `${className} بایگانی شود؟ از دید معلم‌ها و دانش‌آموزانش پنهان می‌شود؛ گفتگو، تکلیف‌ها و جلسه‌هایش می‌مانند و می‌توانید از فهرست کلاس‌ها برش گردانید.`,
  archiveConfirm: "بایگانی",
  cancel: "انصراف",
  archiveFailed: "کلاس بایگانی نشد.",
  archivedTitle: "کلاس‌های بایگانی‌شده",
  archivedDescription: "از دید اعضایشان پنهان‌اند و همان‌طور که بودند نگه داشته شده‌اند. با بازگرداندن، کلاس برای همهٔ اعضایش برمی‌گردد.",
  archivedOn: (date) => `بایگانی در ${date}`,
  members: (count) => `${count} عضو`,
  restore: "بازگرداندن",
  restoreFailed: "کلاس بازگردانده نشد.",
  archivedLoadFailed: "کلاس‌های بایگانی‌شده بارگیری نشدند.",
  school: {
    open: "تنظیمات مدرسه",
    title: "تنظیمات مدرسه",
    name: "نام مدرسه",
    timeZone: "منطقهٔ زمانی",
    timeZoneHint: "ساعت مهلت تکلیف‌ها، جلسه‌ها و گزارش کارها؛ با نام IANA مانند Asia/Tehran.",
    language: "زبان برای کسانی که زبانی انتخاب نکرده‌اند",
    save: "ذخیره",
    cancel: "انصراف",
    invalid: "نام و منطقهٔ زمانی را بررسی کنید (نام IANA مانند Asia/Tehran).",
    failed: "تنظیمات مدرسه ذخیره نشد.",
  },
};

export const CLASS_SETTINGS_MESSAGES: Record<Locale, ClassSettingsMessages> = { en: EN, fa: FA };
