import type { Messages } from "./messages.ts";

export const fa: Messages = {
  appName: "زنگ",
  loading: "در حال بارگذاری…",
  retry: "تلاش دوباره",
  language: "زبان",
  errors: {
    network: "ارتباط با سرور برقرار نشد. اتصال اینترنت را بررسی کنید و دوباره تلاش کنید.",
    unexpected: "مشکلی پیش آمد. لطفاً دوباره تلاش کنید.",
  },
  login: {
    title: "ورود به زنگ",
    description: "کد مدرسه، نام کاربری و رمز عبوری را که مدرسه به شما داده است وارد کنید.",
    schoolCode: "کد مدرسه",
    username: "نام کاربری",
    password: "رمز عبور",
    submit: "ورود",
    schoolCodeRequired: "کد مدرسه را وارد کنید.",
    usernameRequired: "نام کاربری را وارد کنید.",
    passwordRequired: "رمز عبور را وارد کنید.",
    tooLong: "این مقدار بیش از حد طولانی است.",
    wrongCredentials: "کد مدرسه، نام کاربری یا رمز عبور نادرست است.",
    rateLimited: "تلاش‌های ناموفق زیادی انجام شده است. چند دقیقه بعد دوباره تلاش کنید.",
  },
  header: {
    signOut: "خروج",
    signedInAs: (displayName) => `واردشده با نام ${displayName}`,
  },
  session: {
    loadFailed: "اطلاعات حساب شما بارگذاری نشد.",
    mustChangePassword: "مدرسه از شما خواسته است رمز عبور خود را تغییر دهید.",
  },
  classes: {
    title: "کلاس‌های من",
    loadFailed: "فهرست کلاس‌ها بارگذاری نشد.",
    emptyTitle: "هنوز در هیچ کلاسی نیستید.",
    emptyDescription: "وقتی مدرسه شما را به کلاسی اضافه کند، اینجا نمایش داده می‌شود.",
    grade: (grade) => `پایه ${grade}`,
    memberCount: (_count, formatted) => `${formatted} عضو`,
    createdOn: (date) => `ساخته‌شده در ${date}`,
    roles: { student: "دانش‌آموز", teacher: "معلم", none: "عضو نیستید" },
  },
  notFound: {
    title: "صفحه پیدا نشد",
    description: "این نشانی در زنگ وجود ندارد.",
    backToClasses: "بازگشت به کلاس‌ها",
  },
};
