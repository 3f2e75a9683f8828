// How each problem of a row is worded (see problem-catalog.ts). Arguments are text as found: values
// from the file arrive already quoted when the reading code quoted them (see `quote` in
// ../oneroster/fields.ts); line numbers and counts are plain digits, written in the reader's
// digits by `count`.
import type { ProblemWording } from "./problem-wording.ts";

/** The word a Persian sentence uses for what an enrollment points at. */
const FA_TARGET: Record<string, string> = { user: "کاربری", class: "کلاسی" };

export const ROW_PROBLEMS = {
  // Reading a row (arguments: column names, quoted values).
  required: {
    en: ([column]) => `${column} is required.`,
    fa: ([column]) => `${column} خالی است و باید پر شود.`,
  },
  requiredForStudent: {
    en: ([column]) => `${column} is required for a student.`,
    fa: ([column]) => `${column} برای دانش‌آموز باید پر شود.`,
  },
  controlCharacters: {
    en: ([column, value]) => `${column} ${value} contains control characters.`,
    fa: ([column, value]) => `${column} ${value} نویسهٔ کنترلی دارد.`,
  },
  tooLong: {
    en: ([column]) => `${column} is longer than 255 characters.`,
    fa: ([column], count) => `${column} بیش از ${count("255")} نویسه است.`,
  },
  notInList: {
    en: ([value, column, allowed]) => `${value} is not a valid ${column}; expected one of: ${allowed}.`,
    fa: ([value, column, allowed]) => `${value} برای ${column} پذیرفته نیست؛ یکی از این‌ها باید باشد: ${allowed}.`,
  },
  notDate: {
    en: ([value]) => `${value} is not a date in the form YYYY-MM-DD.`,
    fa: ([value]) => `${value} تاریخ میلادی به شکل YYYY-MM-DD نیست.`,
  },
  notDateTime: {
    en: ([value]) => `${value} is not a date-time like 2024-09-01T08:30:00.000Z.`,
    fa: ([value]) => `${value} زمانی به شکل 2024-09-01T08:30:00.000Z نیست.`,
  },
  notBoolean: {
    en: ([value, column]) => `${value} is not a valid ${column}; expected true or false.`,
    fa: ([value, column]) => `${value} برای ${column} پذیرفته نیست؛ true یا false باید باشد.`,
  },
  notGrade: {
    en: ([value]) => `${value} is not a grade code (KG, 01 to 13, PK, Other, ...).`,
    fa: ([value]) => `${value} کد پایهٔ تحصیلی نیست (KG، 01 تا 13، PK، Other و …).`,
  },
  notYear: {
    en: ([value]) => `${value} is not a four-digit year.`,
    fa: ([value]) => `${value} سال چهاررقمی (میلادی) نیست.`,
  },
  notStatus: {
    en: ([value]) => `${value} is not a valid status; expected active or tobedeleted.`,
    fa: ([value]) => `${value} برای status پذیرفته نیست؛ active یا tobedeleted باید باشد.`,
  },
  notSimpleRole: {
    en: ([value]) => `${value} is not a role; expected student or teacher (دانش‌آموز or معلم).`,
    fa: ([value]) => `${value} نقش شناخته‌شده‌ای نیست؛ student یا teacher (دانش‌آموز یا معلم) باید باشد.`,
  },
  endBeforeStart: {
    en: ([end, startColumn, start]) => `endDate ${end} is before ${startColumn} ${start}.`,
    fa: ([end, startColumn, start]) => `endDate (${end}) پیش از ${startColumn} (${start}) است.`,
  },
  usernameCharacters: {
    en: ([value]) => `Username ${value} contains spaces or control characters.`,
    fa: ([value]) => `نام کاربری ${value} فاصله یا نویسهٔ کنترلی دارد.`,
  },
  usernameTooLong: {
    en: () => "Usernames are at most 128 characters.",
    fa: (_args, count) => `نام کاربری حداکثر ${count("128")} نویسه است.`,
  },
  fieldCount: {
    en: ([fields, width]) => `This row has ${fields} fields but the header has ${width}: is a comma or line break inside a field without quotes?`,
    fa: ([fields, width], count) =>
      `این سطر ${count(fields!)} خانه دارد ولی سطر عنوان ${count(width!)}: آیا ویرگول یا شکست خطی بیرون از گیومه در خانه‌ای آمده است؟`,
  },

  // Checks across rows and files (arguments: raw values, which the sentence quotes; line numbers; file names).
  duplicateSourcedId: {
    en: ([id, line]) => `Duplicate sourcedId "${id}": line ${line} has the same one.`,
    fa: ([id, line], count) => `sourcedId تکراری "${id}": سطر ${count(line!)} هم همین را دارد.`,
  },
  duplicateExternalId: {
    en: ([id, line]) => `Duplicate externalId "${id}": line ${line} has the same one.`,
    fa: ([id, line], count) => `externalId تکراری "${id}": سطر ${count(line!)} هم همین را دارد.`,
  },
  referenceMissing: {
    en: ([column, ref, file]) => `${column} "${ref}" is not in ${file}.`,
    fa: ([column, ref, file]) => `${column} "${ref}" در ${file} نیست.`,
  },
  duplicateEnrollment: {
    en: ([user, classId, line]) => `User "${user}" is already enrolled in class "${classId}" on line ${line}.`,
    fa: ([user, classId, line], count) => `کاربر "${user}" در سطر ${count(line!)} در کلاس "${classId}" ثبت شده است.`,
  },
  duplicateUsername: {
    en: ([username, line]) => `Username "${username}" is also on line ${line}; usernames must be unique in the school.`,
    fa: ([username, line], count) => `نام کاربری "${username}" در سطر ${count(line!)} هم آمده است؛ نام کاربری در مدرسه باید یکتا باشد.`,
  },
  usernameTakenByLocal: {
    en: ([username, name]) => `Username "${username}" already belongs to an account created in Zang (${name}) in this school.`,
    fa: ([username, name]) => `نام کاربری "${username}" از آنِ حسابی در این مدرسه است که در زنگ ساخته شده (${name}).`,
  },
  usernameTakenBySourced: {
    en: ([username, sourcedId]) => `Username "${username}" already belongs to the account with sourcedId "${sourcedId}" in this school.`,
    fa: ([username, sourcedId]) => `نام کاربری "${username}" از آنِ حساب با sourcedId "${sourcedId}" در این مدرسه است.`,
  },
  targetMissing: {
    en: ([column, ref, target, file]) => `${column} "${ref}" is not a ${target} in ${file}.`,
    fa: ([column, ref, target, file]) => `${column} "${ref}" ${FA_TARGET[target!] ?? target} در ${file} نیست.`,
  },
  targetMissingInSchool: {
    en: ([column, ref, target, file]) => `${column} "${ref}" is not a ${target} in ${file} or in the school.`,
    fa: ([column, ref, target, file]) => `${column} "${ref}" ${FA_TARGET[target!] ?? target} در ${file} یا در مدرسه نیست.`,
  },
  targetDeleted: {
    en: ([column, ref, line, file]) => `${column} "${ref}" is marked tobedeleted on line ${line} of ${file}.`,
    fa: ([column, ref, line, file], count) => `${column} "${ref}" در سطر ${count(line!)} از ${file} با tobedeleted علامت خورده است.`,
  },
  targetNotEnrollable: {
    en: ([column, ref, role, line, file]) => `${column} "${ref}" is a ${role} (line ${line} of ${file}); only students, teachers and administrators are enrolled.`,
    fa: ([column, ref, role, line, file], count) =>
      `${column} "${ref}" نقش ${role} دارد (سطر ${count(line!)} از ${file})؛ فقط دانش‌آموز، معلم و مدیر در کلاس ثبت می‌شوند.`,
  },
  targetInvalid: {
    en: ([column, ref, line, file]) => `${column} "${ref}" refers to line ${line} of ${file}, which has problems.`,
    fa: ([column, ref, line, file], count) => `${column} "${ref}" به سطر ${count(line!)} از ${file} اشاره دارد که خودش ایراد دارد.`,
  },
  teacherClassTwice: {
    en: ([teacher, className, line]) => `Teacher "${teacher}" is listed twice for class "${className}" (line ${line}).`,
    fa: ([teacher, className, line], count) => `معلم "${teacher}" دو بار برای کلاس "${className}" آمده است (سطر ${count(line!)}).`,
  },
} satisfies Record<string, ProblemWording>;
