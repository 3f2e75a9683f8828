// A school admin sets up a class by hand in the browser: creates it, finds a teacher and a student
// by name and adds them, takes the student out again; the teacher finds the class on sign-in.
import type { Locator, Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { saveScreenshot } from "./support/artifacts.ts";
import { DEMO } from "./support/demo-school.ts";
import { signIn } from "./support/sign-in.ts";
import { useTestStack } from "./support/use-test-stack.ts";

const CLASS_NAME = "۸-ج ریاضی";
const RENAMED = "۸-ج ریاضی و هندسه";
const SCHOOL_RENAMED = "دبیرستان نمونهٔ زنگ، شعبهٔ پاریس";

describe("class management by the school admin", () => {
  const stack = useTestStack();
  let admin: Page;
  let teacher: Page;

  beforeAll(async () => {
    admin = await stack().openPage("admin");
    teacher = await stack().openPage("teacher");
  });

  it("creates a class, adds a teacher and a student, and removes the student", async ({ onTestFailed }) => {
    onTestFailed(stack().onFailure("class-admin"));
    const baseUrl = stack().server.url;
    await signIn(admin, { baseUrl, username: DEMO.admin });

    await admin.getByRole("button", { name: "کلاس تازه" }).click();
    await admin.locator("input[name=name]").fill(CLASS_NAME);
    await admin.locator("input[name=grade]").fill("8");
    await admin.getByRole("button", { name: "ساختن کلاس" }).click();
    // The new class's page opens, ready for its people.
    await admin.getByRole("heading", { level: 1, name: CLASS_NAME }).waitFor();

    await findPerson(admin, "teacher2");
    await admin.getByRole("button", { name: /به‌عنوان معلم$/ }).click();
    await member(admin, "معلم").waitFor();
    await findPerson(admin, DEMO.student30);
    await admin.getByRole("button", { name: /به‌عنوان دانش‌آموز$/ }).click();
    await member(admin, "دانش‌آموز 30").waitFor();
    // Once in the class, the search says so instead of offering to add them again.
    await expect.poll(() => admin.locator(".add-people").getByText("عضو کلاس است").count()).toBe(1);
    await saveScreenshot(admin, "class-admin-members");

    await signIn(teacher, { baseUrl, username: DEMO.teacher2 });
    await teacher.getByRole("heading", { name: CLASS_NAME, exact: true }).waitFor();

    await admin.getByRole("button", { name: "حذف دانش‌آموز 30 از کلاس" }).click();
    await expect.poll(() => member(admin, "دانش‌آموز 30").count()).toBe(0);
    expect(await member(admin, "معلم").count()).toBe(1);
  });

  it("renames the class for the teacher's open page, archives it out of sight and restores it", async ({ onTestFailed }) => {
    onTestFailed(stack().onFailure("class-settings"));
    // The teacher has the class open; the admin is still on its page.
    await teacher.getByRole("heading", { name: CLASS_NAME, exact: true }).click();
    await teacher.getByRole("heading", { level: 1, name: CLASS_NAME }).waitFor();
    await teacher.locator(".conversation[data-live=true]").waitFor();

    const settings = admin.locator(".class-settings-card");
    await settings.locator("input[name=className]").fill(RENAMED);
    await settings.getByRole("button", { name: "ذخیره" }).click();
    await settings.getByText("ذخیره شد.").waitFor();
    await teacher.getByRole("heading", { level: 1, name: RENAMED }).waitFor();

    await settings.getByRole("button", { name: "بایگانی کلاس" }).click();
    await saveScreenshot(admin, "class-settings-archive");
    await settings.getByRole("button", { name: "بایگانی", exact: true }).click();
    // The admin lands on the class list, where the class waits among the archived ones.
    const archived = admin.locator(".archived-classes-card__item", { hasText: RENAMED });
    await archived.waitFor();
    expect(await admin.locator(".class-card", { hasText: RENAMED }).count()).toBe(0);
    // The teacher's open page says the class is gone.
    await teacher.getByText("این کلاس وجود ندارد یا شما عضو آن نیستید.").waitFor();

    await archived.getByRole("button", { name: "بازگرداندن" }).click();
    await admin.locator(".class-card", { hasText: RENAMED }).waitFor();
    await expect.poll(() => admin.locator(".archived-classes-card").count()).toBe(0);
    await teacher.goto(`${stack().server.url}/#/`);
    await teacher.getByRole("heading", { name: RENAMED, exact: true }).waitFor();

    // The activity log has all three, newest first.
    await admin.goto(`${stack().server.url}/#/activity`);
    await expect
      .poll(async () => (await admin.locator(".activity-page__sentence").allInnerTexts()).slice(0, 3))
      .toEqual([`مدیر مدرسه کلاس ${RENAMED} را از بایگانی برگرداند`, `مدیر مدرسه کلاس ${RENAMED} را بایگانی کرد`, `مدیر مدرسه نام کلاس ${CLASS_NAME} را به ${RENAMED} تغییر داد`]);
  });

  it("changes the school's name and clock, shown at once in the header and entered in the log", async ({ onTestFailed }) => {
    onTestFailed(stack().onFailure("school-settings"));
    await admin.goto(`${stack().server.url}/#/`);
    await admin.getByRole("button", { name: "تنظیمات مدرسه" }).click();
    await admin.locator("input[name=schoolName]").fill(SCHOOL_RENAMED);
    await admin.locator("input[name=timeZone]").fill("Europe/Paris");
    await admin.getByRole("button", { name: "ذخیره" }).click();
    await admin.locator(".zang-shell__subtitle").getByText(SCHOOL_RENAMED).waitFor();
    await admin.goto(`${stack().server.url}/#/activity`);
    await expect.poll(() => admin.locator(".activity-page__sentence").first().innerText()).toMatch(/^مدیر مدرسه تنظیمات مدرسه را تغییر داد: نام .+ → .+؛ منطقهٔ زمانی Asia\/Tehran → Europe\/Paris$/);
  });
});

/** Types into the admin's search and waits for the answer naming `username`. */
async function findPerson(page: Page, username: string): Promise<void> {
  await page.locator("input[name=people]").fill(username);
  await page.locator(".add-people").getByText(username, { exact: true }).waitFor();
}

/** A row of the class's member list (not of the search results). */
function member(page: Page, text: string): Locator {
  return page.locator(".members-panel__list:not(.add-people__results) .members-panel__member").filter({ hasText: text });
}
