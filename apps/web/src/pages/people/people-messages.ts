// The People page's words, in both languages. Kept beside the page (not in the shared
// dictionaries) because only this page uses them.
import type { Locale } from "../../i18n/locales.ts";

type Role = "student" | "teacher" | "admin";
type SignIn = "password" | "code" | "none";

export type PeopleMessages = {
  title: string;
  description: string;
  search: string;
  hint: string;
  nobody: string;
  searchFailed: string;
  role: Record<Role, string>;
  signIn: Record<SignIn, string>;
  /** A person's first classes and how many more (already formatted). */
  classesAndMore: (names: string, more: string) => string;
  noClasses: string;
  you: string;
  newCode: string;
  newCodeFor: (displayName: string) => string;
  confirm: (displayName: string) => string;
  confirmAction: string;
  cancel: string;
  deactivated: string;
  deactivate: string;
  deactivateFor: (displayName: string) => string;
  confirmDeactivate: (displayName: string) => string;
  confirmDeactivateAction: string;
  reactivate: string;
  reactivateFor: (displayName: string) => string;
  cannotDeactivateSelf: string;
  failed: { notFound: string; invalid: string; conflict: string; forbidden: string };
  add: {
    open: string;
    title: string;
    name: string;
    username: string;
    usernameHint: string;
    role: string;
    submit: string;
    cancel: string;
    nameMissing: string;
    usernameMissing: string;
    usernameHasSpaces: string;
    failed: { notFound: string; invalid: string; conflict: string; forbidden: string };
  };
  code: {
    title: (displayName: string) => string;
    schoolCode: string;
    username: string;
    code: string;
    howTo: string;
    onlyOnce: string;
    print: string;
    done: string;
  };
};

const EN: PeopleMessages = {
  add: {
    open: "Add a person",
    title: "Add a person",
    name: "Name",
    username: "Username",
    usernameHint: "What they type at sign-in: no spaces. A whole class or school comes in faster with a roster import.",
    role: "Role",
    submit: "Add and give a login code",
    cancel: "Cancel",
    nameMissing: "Give the person's name.",
    usernameMissing: "Give a username.",
    usernameHasSpaces: "Usernames cannot contain spaces.",
    failed: {
      notFound: "The person could not be added.",
      invalid: "The person could not be added: check the name and username.",
      conflict: "This username is already taken in your school; choose another.",
      forbidden: "Only the school's admins add people.",
    },
  },
  title: "People",
  description: "Find anyone in the school, or add someone who joined by hand. Someone who lost their password gets a new one-time login code here; the account of someone who left is deactivated here.",
  search: "Search by name or username",
  hint: "Up to 20 people are shown.",
  nobody: "Nobody in the school matches this search.",
  searchFailed: "The search failed.",
  role: { student: "Student", teacher: "Teacher", admin: "Admin" },
  signIn: { password: "Signs in with their password", code: "Has a login code not used yet", none: "Cannot sign in yet" },
  classesAndMore: (names, more) => `${names} and ${more} more`,
  noClasses: "In no class",
  you: "You",
  newCode: "New login code",
  newCodeFor: (displayName) => `New login code for ${displayName}`,
  confirm: (displayName) => `${displayName}'s password will stop working and they will be signed out everywhere. Give a new login code?`,
  confirmAction: "Give a new code",
  cancel: "Cancel",
  deactivated: "Deactivated",
  deactivate: "Deactivate",
  deactivateFor: (displayName) => `Deactivate ${displayName}`,
  confirmDeactivate: (displayName) =>
    `${displayName} will be signed out everywhere and cannot sign in until reactivated. Their messages, work and classes stay. Deactivate the account?`,
  confirmDeactivateAction: "Deactivate",
  reactivate: "Reactivate",
  reactivateFor: (displayName) => `Reactivate ${displayName}`,
  cannotDeactivateSelf: "You cannot deactivate your own account.",
  failed: {
    notFound: "This person is no longer in the school.",
    invalid: "Change your own password on your account page.",
    conflict: "This could not be done. Try again.",
    forbidden: "Only school administrators can do this.",
  },
  code: {
    title: (displayName) => `Login code for ${displayName}`,
    schoolCode: "School code",
    username: "Username",
    code: "One-time code",
    howTo: "Sign in with the school code, the username and this code as the password, then choose a new password.",
    onlyOnce: "The code works once and is not shown again: write it down or print it now.",
    print: "Print",
    done: "Done",
  },
};

const FA: PeopleMessages = {
  add: {
    open: "افزودن فرد",
    title: "افزودن فرد",
    name: "نام",
    username: "نام کاربری",
    usernameHint: "آنچه هنگام ورود می‌نویسد، بی فاصله. یک کلاس یا مدرسهٔ کامل با ثبت‌نام گروهی سریع‌تر می‌آید.",
    role: "نقش",
    submit: "افزودن و دادن کد ورود",
    cancel: "انصراف",
    nameMissing: "نام فرد را بنویسید.",
    usernameMissing: "نام کاربری را بنویسید.",
    usernameHasSpaces: "نام کاربری نمی‌تواند فاصله داشته باشد.",
    failed: {
      notFound: "فرد افزوده نشد.",
      invalid: "فرد افزوده نشد: نام و نام کاربری را بررسی کنید.",
      conflict: "این نام کاربری در مدرسهٔ شما گرفته شده است؛ نام دیگری انتخاب کنید.",
      forbidden: "فقط مدیران مدرسه افراد را می‌افزایند.",
    },
  },
  title: "افراد",
  description: "هر کسی را در مدرسه پیدا کنید یا کسی را که تازه آمده خودتان بیفزایید. کسی که رمزش را فراموش کرده، این‌جا کد ورود یک‌بارمصرف تازه می‌گیرد؛ حساب کسی که از مدرسه رفته، این‌جا غیرفعال می‌شود.",
  search: "جستجو با نام یا نام کاربری",
  hint: "تا ۲۰ نفر نشان داده می‌شود.",
  nobody: "کسی در مدرسه با این جستجو پیدا نشد.",
  searchFailed: "جستجو انجام نشد.",
  role: { student: "دانش‌آموز", teacher: "معلم", admin: "مدیر" },
  signIn: { password: "با رمز خودش وارد می‌شود", code: "کد ورودی دارد که هنوز به کار نبرده", none: "هنوز نمی‌تواند وارد شود" },
  classesAndMore: (names, more) => `${names} و ${more} کلاس دیگر`,
  noClasses: "در هیچ کلاسی نیست",
  you: "شما",
  newCode: "کد ورود تازه",
  newCodeFor: (displayName) => `کد ورود تازه برای ${displayName}`,
  confirm: (displayName) => `رمز ${displayName} دیگر کار نمی‌کند و از همه‌جا خارج می‌شود. کد ورود تازه داده شود؟`,
  confirmAction: "دادن کد تازه",
  cancel: "انصراف",
  deactivated: "غیرفعال",
  deactivate: "غیرفعال کردن",
  deactivateFor: (displayName) => `غیرفعال کردن ${displayName}`,
  confirmDeactivate: (displayName) =>
    `${displayName} از همه‌جا خارج می‌شود و تا دوباره فعال نشود نمی‌تواند وارد شود. پیام‌ها، کارها و کلاس‌هایش می‌مانند. حساب غیرفعال شود؟`,
  confirmDeactivateAction: "غیرفعال شود",
  reactivate: "فعال کردن دوباره",
  reactivateFor: (displayName) => `فعال کردن دوباره ${displayName}`,
  cannotDeactivateSelf: "نمی‌توانید حساب خودتان را غیرفعال کنید.",
  failed: {
    notFound: "این فرد دیگر در مدرسه نیست.",
    invalid: "رمز خودتان را در صفحهٔ حساب کاربری عوض کنید.",
    conflict: "این کار انجام نشد. دوباره تلاش کنید.",
    forbidden: "فقط مدیران مدرسه می‌توانند این کار را بکنند.",
  },
  code: {
    title: (displayName) => `کد ورود ${displayName}`,
    schoolCode: "کد مدرسه",
    username: "نام کاربری",
    code: "کد یک‌بارمصرف",
    howTo: "با کد مدرسه، نام کاربری و این کد به‌جای رمز وارد شوید، سپس رمز تازه‌ای انتخاب کنید.",
    onlyOnce: "این کد یک بار کار می‌کند و دوباره نشان داده نمی‌شود: همین حالا یادداشت یا چاپش کنید.",
    print: "چاپ",
    done: "تمام",
  },
};

export const PEOPLE_MESSAGES: Record<Locale, PeopleMessages> = { en: EN, fa: FA };
