// The activity log's words, in both languages. Each entry is a sentence with people and a class
// in it, and the two languages put them in different places, so a sentence is a function of its
// parts (already rendered: links, isolated names) rather than a string with holes.
import type { ReactNode } from "react";
import type { ActivityEntry } from "../../api-types.ts";
import type { Locale } from "../../i18n/locales.ts";

type Action = ActivityEntry["action"];
type ClassRole = "student" | "teacher";

/** An entry's parts, ready to be placed in a sentence. */
export type EntryParts = {
  actor: ReactNode;
  target: ReactNode;
  classLink: ReactNode;
  role: ClassRole;
  previousRole: ClassRole;
  /** Announcement mode turned on (`teachers_only`) or off. */
  announcementsOnly: boolean;
  /** Done on the server's command line, by nobody signed in. */
  onCommandLine: boolean;
  /** A roster import's file, opening its job page. */
  rosterFile: ReactNode;
  /** What a roster import changed, counted in the reader's language ("" for nothing). */
  rosterChanges: string;
  /** A renamed class's name before (isolated, as names are). */
  previousName: ReactNode;
  /** The school's settings that changed, each before → after. */
  schoolChanges: ReactNode;
};

export type ActivityMessages = {
  title: string;
  description: string;
  kind: string;
  allKinds: string;
  kinds: Record<Action, string>;
  onlyPerson: (person: ReactNode) => ReactNode;
  everyone: string;
  nothing: string;
  nothingMatches: string;
  older: string;
  loadFailed: string;
  personNotFound: string;
  someone: string;
  someClass: string;
  /** Shown on the People page beside each person. */
  personActivity: (displayName: string) => string;
  personActivityShort: string;
  sentence: Record<Action, (parts: EntryParts) => ReactNode>;
  /** Names of the school's settings, as `schoolChanges` lists them. */
  schoolSetting: { name: string; timeZone: string; locale: string };
  /** The parts of `rosterChanges`, from counts already formatted as numbers. */
  rosterChange: {
    users: ImportChangeWords;
    classes: ImportChangeWords;
    enrollments: ImportChangeWords;
    loginCodes: (count: string) => string;
    /** Follows a kind's label; joins the counts of one kind; joins the kinds. */
    join: { label: string; inKind: string; betweenKinds: string };
    nothing: string;
  };
};

type ImportChangeWords = { label: string; created: (count: string) => string; updated: (count: string) => string; deactivated: (count: string) => string };

const ROLE_EN: Record<ClassRole, string> = { student: "student", teacher: "teacher" };

const EN: ActivityMessages = {
  title: "Activity",
  description: "Who imported rosters, gave login codes, deactivated accounts, created, renamed or archived classes, changed their members, and removed messages or muted students, newest first. Entries cannot be changed or removed.",
  kind: "Show",
  allKinds: "Everything",
  kinds: {
    login_code_issued: "Login codes given",
    class_created: "Classes created",
    member_added: "People added to classes",
    member_role_changed: "Roles changed",
    member_removed: "People removed from classes",
    posting_policy_changed: "Announcement mode",
    member_muted: "Students muted",
    member_unmuted: "Students unmuted",
    message_deleted: "Messages removed by teachers",
    user_deactivated: "Accounts deactivated",
    user_reactivated: "Accounts reactivated",
    roster_imported: "Roster imports",
    class_renamed: "Classes renamed",
    class_archived: "Classes archived",
    class_restored: "Classes restored",
    user_created: "People added by hand",
    school_settings_changed: "School settings",
  },
  onlyPerson: (person) => <>Only entries by or about {person}.</>,
  everyone: "Show everyone",
  nothing: "Nothing has been recorded yet. Login codes, class changes and moderation will appear here.",
  nothingMatches: "No entries match.",
  older: "Older entries",
  loadFailed: "The activity log could not be loaded.",
  personNotFound: "This person is not in your school.",
  someone: "someone",
  someClass: "a class",
  personActivity: (displayName) => `Activity of ${displayName}`,
  personActivityShort: "Activity",
  sentence: {
    login_code_issued: ({ actor, target, onCommandLine }) =>
      onCommandLine ? <>{target} was given a new login code on the server's command line</> : <>{actor} gave {target} a new login code</>,
    class_created: ({ actor, classLink }) => <>{actor} created the class {classLink}</>,
    member_added: ({ actor, target, classLink, role }) => <>{actor} added {target} to {classLink} as a {ROLE_EN[role]}</>,
    member_role_changed: ({ actor, target, classLink, role, previousRole }) => (
      <>
        {actor} made {target} a {ROLE_EN[role]} of {classLink} (was a {ROLE_EN[previousRole]})
      </>
    ),
    member_removed: ({ actor, target, classLink }) => <>{actor} removed {target} from {classLink}</>,
    posting_policy_changed: ({ actor, classLink, announcementsOnly }) =>
      announcementsOnly ? <>{actor} turned on announcement mode in {classLink}: only teachers post</> : <>{actor} let everyone post in {classLink} again</>,
    member_muted: ({ actor, target, classLink }) => <>{actor} muted {target} in {classLink}</>,
    member_unmuted: ({ actor, target, classLink }) => <>{actor} unmuted {target} in {classLink}</>,
    message_deleted: ({ actor, target, classLink }) => <>{actor} removed a message by {target} in {classLink}</>,
    user_deactivated: ({ actor, target }) => <>{actor} deactivated the account of {target}</>,
    user_reactivated: ({ actor, target }) => <>{actor} reactivated the account of {target}</>,
    roster_imported: ({ actor, rosterFile, rosterChanges, onCommandLine }) =>
      onCommandLine ? (
        <>
          The roster {rosterFile} was imported on the server's command line ({rosterChanges})
        </>
      ) : (
        <>
          {actor} imported the roster {rosterFile} ({rosterChanges})
        </>
      ),
    class_renamed: ({ actor, classLink, previousName }) => (
      <>
        {actor} renamed the class {previousName} to {classLink}
      </>
    ),
    class_archived: ({ actor, classLink }) => <>{actor} archived the class {classLink}</>,
    class_restored: ({ actor, classLink }) => <>{actor} restored the class {classLink}</>,
    user_created: ({ actor, target }) => <>{actor} added {target} to the school</>,
    school_settings_changed: ({ actor, schoolChanges }) => <>{actor} changed the school's settings: {schoolChanges}</>,
  },
  schoolSetting: { name: "name", timeZone: "time zone", locale: "language" },
  rosterChange: {
    users: { label: "accounts", created: (n) => `${n} added`, updated: (n) => `${n} changed`, deactivated: (n) => `${n} deactivated` },
    classes: { label: "classes", created: (n) => `${n} added`, updated: (n) => `${n} changed`, deactivated: (n) => `${n} closed` },
    enrollments: { label: "enrollments", created: (n) => `${n} added`, updated: (n) => `${n} changed`, deactivated: (n) => `${n} ended` },
    loginCodes: (n) => `${n} login codes given`,
    join: { label: ": ", inKind: ", ", betweenKinds: "; " },
    nothing: "nothing changed",
  },
};

const ROLE_FA: Record<ClassRole, string> = { student: "دانش‌آموز", teacher: "معلم" };

const FA: ActivityMessages = {
  title: "گزارش کارها",
  description: "چه کسی فهرستی وارد کرد، کد ورود داد، حسابی را غیرفعال کرد، کلاسی ساخت، نامش را عوض کرد یا بایگانی‌اش کرد، اعضای کلاس‌ها را تغییر داد، پیامی را پاک کرد یا دانش‌آموزی را بی‌صدا کرد؛ تازه‌ترین‌ها اول. این گزارش را نمی‌توان تغییر داد یا پاک کرد.",
  kind: "نمایش",
  allKinds: "همه",
  kinds: {
    login_code_issued: "کدهای ورود داده‌شده",
    class_created: "کلاس‌های ساخته‌شده",
    member_added: "افزودن به کلاس‌ها",
    member_role_changed: "تغییر نقش‌ها",
    member_removed: "حذف از کلاس‌ها",
    posting_policy_changed: "حالت اطلاعیه",
    member_muted: "بی‌صدا کردن دانش‌آموزان",
    member_unmuted: "برداشتن بی‌صدایی",
    message_deleted: "پیام‌های پاک‌شده به دست معلم‌ها",
    user_deactivated: "حساب‌های غیرفعال‌شده",
    user_reactivated: "حساب‌های دوباره فعال‌شده",
    roster_imported: "ورود فهرست‌ها",
    class_renamed: "تغییر نام کلاس‌ها",
    class_archived: "بایگانی کلاس‌ها",
    class_restored: "بازگرداندن کلاس‌ها",
    user_created: "افزودن افراد به دست مدیر",
    school_settings_changed: "تنظیمات مدرسه",
  },
  onlyPerson: (person) => <>فقط کارهای {person} یا دربارهٔ او.</>,
  everyone: "نمایش همه",
  nothing: "هنوز چیزی ثبت نشده است. کدهای ورود، تغییر کلاس‌ها و مدیریت گفتگوها این‌جا می‌آیند.",
  nothingMatches: "موردی پیدا نشد.",
  older: "موارد قدیمی‌تر",
  loadFailed: "گزارش کارها بارگیری نشد.",
  personNotFound: "این فرد در مدرسهٔ شما نیست.",
  someone: "کسی",
  someClass: "یک کلاس",
  personActivity: (displayName) => `گزارش کارهای ${displayName}`,
  personActivityShort: "گزارش کارها",
  sentence: {
    login_code_issued: ({ actor, target, onCommandLine }) =>
      onCommandLine ? <>از خط فرمان سرور به {target} کد ورود تازه داده شد</> : <>{actor} به {target} کد ورود تازه داد</>,
    class_created: ({ actor, classLink }) => <>{actor} کلاس {classLink} را ساخت</>,
    member_added: ({ actor, target, classLink, role }) => (
      <>
        {actor} {target} را به‌عنوان {ROLE_FA[role]} به {classLink} افزود
      </>
    ),
    member_role_changed: ({ actor, target, classLink, role, previousRole }) => (
      <>
        {actor} نقش {target} را در {classLink} از {ROLE_FA[previousRole]} به {ROLE_FA[role]} تغییر داد
      </>
    ),
    member_removed: ({ actor, target, classLink }) => (
      <>
        {actor} {target} را از {classLink} حذف کرد
      </>
    ),
    posting_policy_changed: ({ actor, classLink, announcementsOnly }) =>
      announcementsOnly ? <>{actor} حالت اطلاعیه را در {classLink} روشن کرد: فقط معلم‌ها پیام می‌فرستند</> : <>{actor} فرستادن پیام را در {classLink} دوباره برای همه باز کرد</>,
    member_muted: ({ actor, target, classLink }) => (
      <>
        {actor} {target} را در {classLink} بی‌صدا کرد
      </>
    ),
    member_unmuted: ({ actor, target, classLink }) => (
      <>
        {actor} بی‌صدایی {target} را در {classLink} برداشت
      </>
    ),
    message_deleted: ({ actor, target, classLink }) => (
      <>
        {actor} پیامی از {target} را در {classLink} پاک کرد
      </>
    ),
    user_deactivated: ({ actor, target }) => (
      <>
        {actor} حساب {target} را غیرفعال کرد
      </>
    ),
    user_reactivated: ({ actor, target }) => (
      <>
        {actor} حساب {target} را دوباره فعال کرد
      </>
    ),
    roster_imported: ({ actor, rosterFile, rosterChanges, onCommandLine }) =>
      onCommandLine ? (
        <>
          فهرست {rosterFile} از خط فرمان سرور وارد شد ({rosterChanges})
        </>
      ) : (
        <>
          {actor} فهرست {rosterFile} را وارد کرد ({rosterChanges})
        </>
      ),
    class_renamed: ({ actor, classLink, previousName }) => (
      <>
        {actor} نام کلاس {previousName} را به {classLink} تغییر داد
      </>
    ),
    class_archived: ({ actor, classLink }) => (
      <>
        {actor} کلاس {classLink} را بایگانی کرد
      </>
    ),
    class_restored: ({ actor, classLink }) => (
      <>
        {actor} کلاس {classLink} را از بایگانی برگرداند
      </>
    ),
    user_created: ({ actor, target }) => (
      <>
        {actor} {target} را به مدرسه افزود
      </>
    ),
    school_settings_changed: ({ actor, schoolChanges }) => (
      <>
        {actor} تنظیمات مدرسه را تغییر داد: {schoolChanges}
      </>
    ),
  },
  schoolSetting: { name: "نام", timeZone: "منطقهٔ زمانی", locale: "زبان" },
  rosterChange: {
    users: { label: "حساب‌ها", created: (n) => `${n} تازه`, updated: (n) => `${n} تغییر`, deactivated: (n) => `${n} غیرفعال` },
    classes: { label: "کلاس‌ها", created: (n) => `${n} تازه`, updated: (n) => `${n} تغییر`, deactivated: (n) => `${n} بسته` },
    enrollments: { label: "عضویت‌ها", created: (n) => `${n} تازه`, updated: (n) => `${n} تغییر`, deactivated: (n) => `${n} پایان‌یافته` },
    loginCodes: (n) => `${n} کد ورود داده شد`,
    join: { label: ": ", inKind: "، ", betweenKinds: "؛ " },
    nothing: "چیزی تغییر نکرد",
  },
};

export const ACTIVITY_MESSAGES: Record<Locale, ActivityMessages> = { en: EN, fa: FA };
