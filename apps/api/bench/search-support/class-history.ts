// A year of one busy class's conversation, written straight into the database: teacher notices and
// students' questions in Persian (some typed on Arabic keyboards, some with half-spaces), English
// words, numbers. Every thousandth message mentions the olympiad, so some searches find a few
// messages spread through the history and others find one in every message or none at all.
import type { Db } from "@zang/db";

const LINES = [
  "سلام بچه‌ها، تمرین‌های صفحهٔ {n} را تا فردا حل کنید",
  "كتاب رياضي را براي جلسهٔ بعد بياوريد",
  "خانم، می‌خواهم بپرسم سؤال {n} را چطور حل کنیم؟",
  "ببخشید من دیروز غایب بودم، تکلیف چه بود؟",
  "Please read chapter {n} of the Science workbook",
  "آزمون هفتهٔ بعد از درس‌های ۳ تا ۵ است",
  "مرسی خانم 🙏",
  "من فایل را فرستادم ولی باز نمی‌شود",
  "جواب تمرین {n} میشه ۱۲؟",
  "فردا کلاس آنلاین ساعت ۱۰ شروع می‌شود، دیر نکنید",
  "لطفاً نمره‌ها را در سامانه ببینید",
  "يک سؤال دارم دربارهٔ درس امروز",
];
const OLYMPIAD = "ثبت‌نام المپیاد ریاضی تا آخر هفته باز است";

/** Adds `count` messages to the class, as its teacher and a student in turn; returns how many mention the olympiad. */
export async function writeClassHistory({ db, schoolId, classId, authorIds, count }: { db: Db; schoolId: string; classId: string; authorIds: readonly string[]; count: number }): Promise<number> {
  await db.pool.query(
    `INSERT INTO "Message" (id, "schoolId", "classId", seq, "changeSeq", "authorId", "clientId", body, "createdAt")
     SELECT gen_random_uuid(), $1, $2, s, s, ($4::uuid[])[1 + s % cardinality($4::uuid[])], 'bench-' || s,
            CASE WHEN s % 1000 = 500 THEN $5 ELSE replace(($3::text[])[1 + (s * 7919) % cardinality($3::text[])], '{n}', (s % 97)::text) END,
            now() - make_interval(secs => ($6 - s) * 60)
     FROM generate_series(1, $6) s`,
    [schoolId, classId, LINES, authorIds, OLYMPIAD, count],
  );
  await db.pool.query(`UPDATE "ClassGroup" SET "lastSeq" = $2 WHERE id = $1`, [classId, count]);
  await db.pool.query(`VACUUM ANALYZE "Message"`);
  return Math.floor((count + 500) / 1000);
}
