import { readFile } from "node:fs/promises";
import type { Locator, Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { dateToZonedInput } from "../src/pages/homework/zoned-date-time.ts";
import { saveScreenshot } from "./support/artifacts.ts";
import { DEMO } from "./support/demo-school.ts";
import { signIn } from "./support/sign-in.ts";
import { useTestStack } from "./support/use-test-stack.ts";

const SCHOOL_TIME_ZONE = "Asia/Tehran";
const TITLE = "تمرین کسرها";
const ANSWER = "پاسخ‌ها در فایل پیوست است. Page 2 has the bonus question.";
const FEEDBACK = "آفرین! Well explained.";
const TO_GRADE_ONE = "۱ در انتظار نمره";
const BACK_TO_HOMEWORK = "همه تکلیف‌ها";
// The smallest file the API takes as a PDF: the magic header, a body, and the end marker.
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

describe("homework", () => {
  const stack = useTestStack();
  let teacher: Page;
  let student: Page;

  beforeAll(async () => {
    teacher = await stack().openPage("teacher");
    student = await stack().openPage("student");
  });

  it("goes from a new assignment to a returned grade", async ({ onTestFailed }) => {
    onTestFailed(stack().onFailure("homework"));
    const baseUrl = stack().server.url;

    // The teacher sets an assignment due in two days, on the school's clock.
    await signIn(teacher, { baseUrl, username: DEMO.teacher1 });
    await openHomework(teacher, DEMO.classA);
    await teacher.getByRole("button", { name: "تکلیف تازه" }).click();
    await teacher.locator("input[name=title]").fill(TITLE);
    await teacher.locator("textarea[name=instructions]").fill("تمرین‌های ۱ تا ۱۰ صفحه ۴۲\nShow your working.");
    await teacher.locator("input[name=dueAt]").fill(dateToZonedInput(new Date(Date.now() + 2 * 24 * 3600_000), SCHOOL_TIME_ZONE));
    await teacher.locator("input[name=maxPoints]").fill("۲۰");
    await teacher.getByRole("button", { name: "ساخت تکلیف" }).click();
    const teacherCard = teacher.locator(".homework-card", { hasText: TITLE });
    await teacherCard.waitFor();
    expect(await teacherCard.innerText()).toContain("۰ تحویل");
    await saveScreenshot(teacher, "homework-teacher-list");

    // The student's class list already says what is still to hand in, in which class.
    await signIn(student, { baseUrl, username: DEMO.student1 });
    const dueCard = student.locator(".homework-overview");
    await dueCard.getByRole("link", { name: TITLE }).waitFor();
    expect(await dueCard.locator(".homework-overview__item").innerText()).toContain(DEMO.classA);
    await saveScreenshot(student, "homework-student-due-card");

    // The student sees it with a Jalali due date and no submission yet.
    await openHomework(student, DEMO.classA);
    const studentCard = student.locator(".homework-card", { hasText: TITLE });
    await studentCard.waitFor();
    expect(await studentCard.innerText()).toContain("تحویل‌نشده");
    const dueText = await studentCard.locator(".homework-card__due").innerText();
    expect(dueText).toContain("مهلت");
    expect(dueText).not.toMatch(/[0-9]/);

    // …opens it, writes an answer, attaches a PDF and watches it upload.
    await studentCard.getByRole("link", { name: TITLE }).click();
    await student.locator("textarea[name=answer]").fill(ANSWER);
    await student.locator("input[name=files]").setInputFiles({ name: "پاسخ-کسرها.pdf", mimeType: "application/pdf", buffer: PDF });
    const upload = student.locator(".file-upload", { hasText: "پاسخ-کسرها.pdf" });
    await expect.poll(() => upload.locator("progress").getAttribute("value")).toBe("100");
    await expect.poll(() => upload.innerText()).toContain("۱۰۰٪");
    expect(await upload.innerText()).toContain("بارگذاری شد");
    await saveScreenshot(student, "homework-student-uploaded");

    await student.getByRole("button", { name: "تحویل", exact: true }).click();
    await student.getByRole("status").filter({ hasText: "تحویل شد." }).waitFor();
    const mine = student.locator(".homework-mine");
    await expect.poll(() => mine.locator(".zang-badge").first().innerText()).toBe("تحویل‌شده");
    expect(await mine.innerText()).toContain("Page 2 has the bonus question.");
    expect(await mine.getByRole("button", { name: "باز کردن پاسخ-کسرها.pdf" }).count()).toBe(1);
    await saveScreenshot(student, "homework-student-submitted");

    // The teacher's class list says there is one hand-in to grade; the teacher goes from there to
    // the work among the ungraded, grades it and returns it.
    await teacher.getByRole("link", { name: "زنگ" }).click();
    const toGrade = teacher.locator(".homework-overview__item", { hasText: TITLE });
    await toGrade.waitFor();
    expect(await toGrade.locator(".zang-badge").innerText()).toBe(TO_GRADE_ONE);
    await saveScreenshot(teacher, "homework-teacher-to-grade");
    // Back on the list, its class shows the notice of the new homework, posted while the teacher was away.
    await expect.poll(() => teacher.locator(".class-card", { hasText: DEMO.classA }).innerText()).toContain("تکلیف جدید");
    await toGrade.getByRole("link", { name: TITLE }).click();
    await teacher.locator("select[name=filter]").selectOption("ungraded");
    const row = submissionRow(teacher, "دانش‌آموز 1");
    // The previous (unfiltered) table stays on screen until the filtered one arrives.
    await expect.poll(() => teacher.locator(".homework-submission").count()).toBe(1);
    await row.waitFor();
    expect(await row.innerText()).toContain("Page 2 has the bonus question.");
    await teacher.locator("select[name=filter]").selectOption("all");
    await expect.poll(() => teacher.locator(".homework-submission").count()).toBe(15);
    await row.locator("input[name=points]").fill("18.5");
    await row.locator("textarea[name=feedback]").fill(FEEDBACK);
    await row.getByRole("button", { name: "ثبت نمره" }).click();
    await row.getByText("نمره ثبت شد.").waitFor();
    await row.getByRole("button", { name: "بازگرداندن به دانش‌آموز 1" }).click();
    await row.getByText("بازگردانده در").waitFor();
    expect(await row.locator(".zang-badge").first().innerText()).toBe("بازگردانده‌شده");
    await saveScreenshot(teacher, "homework-teacher-graded");

    // The grade book comes out as CSV with a BOM, for Excel.
    const [download] = await Promise.all([teacher.waitForEvent("download"), clickExport(teacher)]);
    expect(download.suggestedFilename()).toBe("grades-7-A.csv");
    const csv = await readFile((await download.path())!, "utf8");
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain("student1");
    expect(csv).toContain("18.5");

    // The student sees the grade and the feedback.
    await student.reload();
    const returned = student.locator(".homework-mine");
    await returned.locator(".homework-mine__points").waitFor();
    expect(await returned.locator(".homework-mine__points").innerText()).toBe("۱۸٫۵ از ۲۰");
    expect(await returned.innerText()).toContain(FEEDBACK);
    expect(await returned.locator(".zang-badge").first().innerText()).toBe("بازگردانده‌شده");
    expect(await student.locator("textarea[name=answer]").count()).toBe(0);
    await saveScreenshot(student, "homework-student-returned");
  });
});

async function openHomework(page: Page, className: string): Promise<void> {
  await page.getByRole("link", { name: className, exact: true }).click();
  await page.getByRole("link", { name: "تکلیف‌ها" }).click();
  await page.getByRole("heading", { name: "تکلیف‌ها", level: 1 }).waitFor();
}

function submissionRow(page: Page, studentName: string): Locator {
  return page.getByRole("listitem", { name: studentName, exact: true });
}

async function clickExport(page: Page): Promise<void> {
  await page.getByRole("link", { name: BACK_TO_HOMEWORK }).click();
  await page.getByRole("button", { name: "خروجی نمره‌ها (CSV)" }).click();
}
