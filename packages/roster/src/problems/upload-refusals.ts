// How each refusal of a whole upload is worded (see problem-catalog.ts): the file cannot be read,
// or is not a roster this importer can trust row by row. Arguments are file, column and manifest
// names and values as found; line numbers are plain digits, written in the reader's by `count`.
import type { ProblemWording } from "./problem-wording.ts";

const SAVE_AS_UTF8 = {
  en: 'In Excel choose File › Save As › "CSV UTF-8 (Comma delimited) (*.csv)" and try again.',
  fa: "در Excel از File › Save As گزینهٔ «CSV UTF-8 (Comma delimited) (*.csv)» را انتخاب کنید و دوباره بفرستید.",
};

export const UPLOAD_REFUSALS = {
  importRunning: {
    en: () => "Another roster import for this school is running. Wait for it to finish, then try again.",
    fa: () => "بارگذاری دیگری برای این مدرسه در حال اجراست. صبر کنید تمام شود، سپس دوباره تلاش کنید.",
  },
  cannotRead: {
    en: ([path]) => `Cannot read ${path}: no such file or folder.`,
    fa: ([path]) => `${path} خوانده نشد: چنین فایل یا پوشه‌ای نیست.`,
  },
  notZip: {
    en: ([zip, reason]) => `${zip} is not a readable zip file (${reason}).`,
    fa: ([zip, reason]) => `${zip} فایل zip خواندنی نیست (${reason}).`,
  },
  zipDuplicate: {
    en: ([zip, name]) => `${zip} holds two files named ${name}; keep one.`,
    fa: ([zip, name]) => `در ${zip} دو فایل به نام ${name} هست؛ یکی را نگه دارید.`,
  },
  noCsv: {
    en: () => "No CSV file found. Upload a OneRoster package (.zip with manifest.csv) or one CSV file in the simple format.",
    fa: () => "فایل CSV پیدا نشد. یک بستهٔ OneRoster (فایل ‎.zip با manifest.csv) یا یک فایل CSV با قالب ساده بفرستید.",
  },
  needsManifest: {
    en: () => "A OneRoster package needs manifest.csv; for the simple format, upload one CSV file.",
    fa: () => "بستهٔ OneRoster باید manifest.csv داشته باشد؛ برای قالب ساده یک فایل CSV بفرستید.",
  },
  oneRosterFileAlone: {
    en: ([file]) => `${file} is a OneRoster file: upload the whole package (a .zip with manifest.csv, users.csv, classes.csv and enrollments.csv).`,
    fa: ([file]) => `${file} یکی از فایل‌های OneRoster است: کل بسته را بفرستید (فایل ‎.zip با manifest.csv، users.csv، classes.csv و enrollments.csv).`,
  },
  notText: {
    en: ([file]) => `${file} is not UTF-8 text, and not Persian text saved by Excel either (UTF-16 or Windows-1256). ${SAVE_AS_UTF8.en}`,
    fa: ([file]) => `${file} متن UTF-8 نیست و متن فارسی ذخیره‌شده با Excel (UTF-16 یا Windows-1256) هم نیست. ${SAVE_AS_UTF8.fa}`,
  },
  stopsBeingUtf8: {
    en: ([file, line]) => `${file} stops being UTF-8 text on line ${line}. ${SAVE_AS_UTF8.en}`,
    fa: ([file, line], count) => `${file} از سطر ${count(line!)} دیگر متن UTF-8 نیست. ${SAVE_AS_UTF8.fa}`,
  },
  nulBytes: {
    en: ([file]) => `${file} contains NUL bytes: it is not a text file.`,
    fa: ([file]) => `${file} بایت NUL دارد: فایل متنی نیست.`,
  },
  rowNeverEnds: {
    en: ([line]) => `The row that starts on line ${line} never ends: is a closing quote missing?`,
    fa: ([line], count) => `ردیفی که از سطر ${count(line!)} شروع می‌شود تمام نمی‌شود: آیا گیومهٔ بسته جا افتاده است؟`,
  },
  quoteNeverClosed: {
    en: ([line]) => `A quoted field that starts on line ${line} is never closed.`,
    fa: ([line], count) => `خانه‌ای که با گیومه در سطر ${count(line!)} شروع می‌شود هرگز بسته نمی‌شود.`,
  },
  emptyFile: {
    en: ([file]) => `${file} is empty: it needs a header row and at least one data row.`,
    fa: ([file]) => `${file} خالی است: باید یک سطر عنوان و دست‌کم یک سطر داده داشته باشد.`,
  },
  headerOnly: {
    en: ([file]) => `${file} has a header but no data rows (OneRoster does not allow empty files; leave the file out and mark it absent in the manifest).`,
    fa: ([file]) => `${file} سطر عنوان دارد ولی سطر داده ندارد (OneRoster فایل خالی نمی‌پذیرد؛ فایل را کنار بگذارید و در manifest آن را absent بنویسید).`,
  },
  duplicateColumn: {
    en: ([file, column]) => `${file} has the column ${column} twice.`,
    fa: ([file, column]) => `ستون ${column} در ${file} دو بار آمده است.`,
  },
  missingColumns: {
    en: ([file, columns]) => `${file} has no column ${columns} (required by OneRoster 1.1). The first row must name the columns.`,
    fa: ([file, columns]) => `${file} ستون ${columns} را ندارد (OneRoster 1.1 آن را لازم دارد). سطر اول باید نام ستون‌ها باشد.`,
  },
  simpleMissingColumns: {
    en: ([file, columns]) =>
      `${file} has no column ${columns}. The first row must name the columns: externalId, givenName, familyName, grade, className and optionally role and username (or their Persian names).`,
    fa: ([file, columns]) =>
      `${file} ستون ${columns} را ندارد. سطر اول باید نام ستون‌ها باشد: شناسه، نام، نام خانوادگی، پایه، کلاس و در صورت نیاز نقش و نام کاربری (یا نام انگلیسی آن‌ها).`,
  },
  manifestColumns: {
    en: () => "manifest.csv must have the columns propertyName and value.",
    fa: () => "manifest.csv باید ستون‌های propertyName و value را داشته باشد.",
  },
  manifestWithout: {
    en: ([property]) => `manifest.csv has no ${property}.`,
    fa: ([property]) => `manifest.csv مقدار ${property} را ندارد.`,
  },
  wrongVersion: {
    en: ([version]) => `This importer reads OneRoster 1.1; the manifest says oneroster.version is "${version}".`,
    fa: ([version]) => `این بارگذاری OneRoster 1.1 را می‌خواند؛ در manifest مقدار oneroster.version برابر "${version}" است.`,
  },
  badFileMode: {
    en: ([property, value]) => `${property} must be absent, bulk or delta, not "${value}".`,
    fa: ([property, value]) => `${property} باید absent، bulk یا delta باشد، نه "${value}".`,
  },
  manifestFileMissing: {
    en: ([file, mode]) => `The manifest lists ${file} as ${mode}, but the package has no ${file}.`,
    fa: ([file, mode]) => `در manifest فایل ${file} با حالت ${mode} آمده، ولی بسته ${file} را ندارد.`,
  },
} satisfies Record<string, ProblemWording>;
