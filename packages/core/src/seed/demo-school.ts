import { Prisma, type Db } from "@zang/db";
import { buildSchool, type SchoolSpec } from "./build-school.ts";

export const DEMO_SCHOOL_CODE = "demo";
export const DEMO_PASSWORD = "demo-pass-1234";

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => from + index);

/** The demo school documented in the README: one admin, two teachers, thirty students, two classes. */
export function demoSchoolSpec(): SchoolSpec {
  const students = range(1, 30).map((n) => ({
    username: `student${n}`,
    displayName: `دانش‌آموز ${n}`,
    role: "student" as const,
    password: DEMO_PASSWORD,
  }));
  return {
    code: DEMO_SCHOOL_CODE,
    name: "دبیرستان نمونه زنگ",
    timeZone: "Asia/Tehran",
    locale: "fa",
    users: [
      { username: "admin", displayName: "مدیر مدرسه", role: "admin", password: DEMO_PASSWORD },
      { username: "teacher1", displayName: "آقای احمدی", role: "teacher", password: DEMO_PASSWORD },
      { username: "teacher2", displayName: "خانم رضایی", role: "teacher", password: DEMO_PASSWORD },
      ...students,
    ],
    classes: [
      {
        name: "7-A",
        grade: "7",
        members: [{ username: "teacher1", role: "teacher" }, ...range(1, 15).map((n) => ({ username: `student${n}`, role: "student" as const }))],
      },
      {
        name: "7-B",
        grade: "7",
        members: [{ username: "teacher2", role: "teacher" }, ...range(16, 30).map((n) => ({ username: `student${n}`, role: "student" as const }))],
      },
    ],
  };
}

/** Seeds the demo school unless it exists. Returns whether it was created now. */
export async function seedDemoSchool({ db }: { db: Db }): Promise<{ created: boolean }> {
  const existing = await db.prisma.school.findUnique({ where: { code: DEMO_SCHOOL_CODE }, select: { id: true } });
  if (existing) return { created: false };
  try {
    await buildSchool({ db, spec: demoSchoolSpec() });
    return { created: true };
  } catch (error) {
    // Two API processes starting on one empty database both try; the school code is unique, so
    // the slower one fails here and simply finds the school the other created.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return { created: false };
    throw error;
  }
}
