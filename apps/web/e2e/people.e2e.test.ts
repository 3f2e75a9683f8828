// A student has lost their password: the school admin finds them on the People page and gives them
// a new one-time code; the student's open session ends, and the code signs them in once, straight
// to choosing a new password. The school's activity log says who gave it.
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { saveScreenshot } from "./support/artifacts.ts";
import { DEMO } from "./support/demo-school.ts";
import { signIn } from "./support/sign-in.ts";
import { useTestStack } from "./support/use-test-stack.ts";

const STUDENT = { username: "student12", displayName: "دانش‌آموز 12" };
const NEW_PASSWORD = "my-own-pass-2468";
const ADMIN_NAME = "مدیر مدرسه";
/** In 7-A; leaves the school in the second test. */
const LEAVER = { username: "student13", displayName: "دانش‌آموز 13" };
/** Joins the school mid-year, added by hand. */
const NEWCOMER = { username: "narges.salehi", displayName: "نرگس صالحی" };

describe("people, for the school admin", () => {
  const stack = useTestStack();

  it("gives a student a new login code, which signs in once and asks for a new password", async ({ onTestFailed }) => {
    onTestFailed(stack().onFailure("people"));
    const baseUrl = stack().server.url;
    const admin = await stack().openPage("admin");
    const student = await stack().openPage("student");
    await signIn(student, { baseUrl, username: STUDENT.username });
    await signIn(admin, { baseUrl, username: DEMO.admin });

    const row = await findPerson(admin, STUDENT);
    await row.getByText("با رمز خودش وارد می‌شود").waitFor();
    expect(await row.innerText()).toContain(DEMO.classA);
    await row.getByRole("button", { name: `کد ورود تازه برای ${STUDENT.displayName}` }).click();
    await row.getByRole("button", { name: "دادن کد تازه" }).click();
    const shown = admin.getByTestId("login-code");
    await shown.waitFor();
    const code = (await shown.innerText()).trim();
    expect(code).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    // The list now says the student has a code they have not used.
    await row.getByText("کد ورودی دارد که هنوز به کار نبرده").waitFor();
    await saveScreenshot(admin, "people-login-code");
    // Done puts it away for good: the page keeps no copy.
    await admin.getByRole("button", { name: "تمام" }).click();
    await expect.poll(() => shown.count()).toBe(0);

    // The student's part of the activity log, one click from their row, says who gave the code.
    await row.getByRole("link", { name: `گزارش کارهای ${STUDENT.displayName}` }).click();
    await admin.getByText(`فقط کارهای ${STUDENT.displayName} یا دربارهٔ او.`).waitFor();
    const entry = admin.locator(".activity-page__entry").first();
    await entry.getByText("کد ورود تازه داد").waitFor();
    expect(await entry.locator(".activity-page__sentence").innerText()).toBe(`${ADMIN_NAME} به ${STUDENT.displayName} کد ورود تازه داد`);
    // The whole school's log, narrowed to login codes, has it too.
    await admin.getByRole("link", { name: "نمایش همه" }).click();
    await admin.getByLabel("نمایش").selectOption({ label: "کدهای ورود داده‌شده" });
    await admin.locator(".activity-page__entry").filter({ hasText: STUDENT.displayName }).waitFor();
    await saveScreenshot(admin, "activity-log");

    // The student's open session has ended, and the old password no longer works.
    await expectSignedOutAndRefused(student, STUDENT.username);

    // The code, typed in lower case as people do, opens only the new-password form.
    await student.locator("input[name=password]").fill(code.toLowerCase());
    await student.getByRole("button", { name: "ورود" }).click();
    await student.getByText("مدرسه از شما خواسته است رمز عبور خود را تغییر دهید.").waitFor();
    await student.locator("input[name=currentPassword]").fill(code);
    await student.locator("input[name=newPassword]").fill(NEW_PASSWORD);
    await student.locator("input[name=confirmPassword]").fill(NEW_PASSWORD);
    await student.getByRole("button", { name: "تغییر رمز عبور" }).click();
    await student.getByRole("heading", { name: "کلاس‌های من" }).waitFor();

    // The password they chose is theirs from now on.
    await signIn(await stack().openPage("student-again"), { baseUrl, username: STUDENT.username, password: NEW_PASSWORD });
  });

  it("deactivates an account, which is signed out at once and cannot sign in, and reactivates it as it was", async ({ onTestFailed }) => {
    onTestFailed(stack().onFailure("people-deactivate"));
    const baseUrl = stack().server.url;
    const admin = await stack().openPage("admin-deactivates");
    const student = await stack().openPage("student-deactivated");
    await signIn(student, { baseUrl, username: LEAVER.username });
    await signIn(admin, { baseUrl, username: DEMO.admin });

    const row = await findPerson(admin, LEAVER);
    await row.getByRole("button", { name: `غیرفعال کردن ${LEAVER.displayName}` }).click();
    await row.getByRole("button", { name: "غیرفعال شود" }).click();
    await row.getByText("غیرفعال", { exact: true }).waitFor();
    await saveScreenshot(admin, "people-deactivated");

    // Signed out at once, and the password no longer opens the account.
    await expectSignedOutAndRefused(student, LEAVER.username);

    // Reactivated, the same password works again and the class is still there.
    await row.getByRole("button", { name: `فعال کردن دوباره ${LEAVER.displayName}` }).click();
    await row.getByRole("button", { name: `غیرفعال کردن ${LEAVER.displayName}` }).waitFor();
    await signIn(student, { baseUrl, username: LEAVER.username });
    await student.getByRole("heading", { name: DEMO.classA }).waitFor();

    // Both are in the activity log, newest first.
    await row.getByRole("link", { name: `گزارش کارهای ${LEAVER.displayName}` }).click();
    await expect
      .poll(() => admin.locator(".activity-page__sentence").allInnerTexts())
      .toEqual([`${ADMIN_NAME} حساب ${LEAVER.displayName} را دوباره فعال کرد`, `${ADMIN_NAME} حساب ${LEAVER.displayName} را غیرفعال کرد`]);
  });

  it("adds a newcomer by hand, whose code signs in once and asks for a password of their own", async ({ onTestFailed }) => {
    onTestFailed(stack().onFailure("people-add"));
    const baseUrl = stack().server.url;
    const admin = await stack().openPage("admin-adds");
    await signIn(admin, { baseUrl, username: DEMO.admin });
    await admin.getByRole("link", { name: "افراد" }).click();
    await admin.getByRole("button", { name: "افزودن فرد" }).click();

    // A username already in the school is refused, with what to do.
    await admin.locator("input[name=displayName]").fill(NEWCOMER.displayName);
    await admin.locator("input[name=username]").fill(STUDENT.username);
    await admin.getByRole("button", { name: "افزودن و دادن کد ورود" }).click();
    await admin.getByText("این نام کاربری در مدرسهٔ شما گرفته شده است؛ نام دیگری انتخاب کنید.").waitFor();

    await admin.locator("input[name=username]").fill(NEWCOMER.username);
    await admin.getByRole("button", { name: "افزودن و دادن کد ورود" }).click();
    const shown = admin.getByTestId("login-code");
    await shown.waitFor();
    const code = (await shown.innerText()).trim();
    await saveScreenshot(admin, "people-added");

    // The code opens only the new-password form.
    const newcomer = await stack().openPage("newcomer");
    await newcomer.goto(baseUrl);
    await newcomer.locator("input[name=schoolCode]").fill(DEMO.schoolCode);
    await newcomer.locator("input[name=username]").fill(NEWCOMER.username);
    await newcomer.locator("input[name=password]").fill(code);
    await newcomer.getByRole("button", { name: "ورود" }).click();
    await newcomer.getByText("مدرسه از شما خواسته است رمز عبور خود را تغییر دهید.").waitFor();

    // The school's log says who added them.
    await admin.getByRole("button", { name: "تمام" }).click();
    const row = await findPerson(admin, NEWCOMER);
    await row.getByRole("link", { name: `گزارش کارهای ${NEWCOMER.displayName}` }).click();
    await expect.poll(() => admin.locator(".activity-page__sentence").allInnerTexts()).toEqual([`${ADMIN_NAME} ${NEWCOMER.displayName} را به مدرسه افزود`]);
  });
});

/** The People page's row of a person, found by searching their username. */
async function findPerson(admin: Page, person: { username: string; displayName: string }): Promise<Locator> {
  await admin.getByRole("link", { name: "افراد" }).click();
  await admin.locator("input[name=people]").fill(person.username);
  return admin.locator(".people-page__person").filter({ hasText: person.displayName });
}

/** The page's session has ended (a reload shows the sign-in form), and the demo password is refused. */
async function expectSignedOutAndRefused(page: Page, username: string): Promise<void> {
  await page.reload();
  await page.locator("input[name=username]").waitFor();
  await page.locator("input[name=schoolCode]").fill(DEMO.schoolCode);
  await page.locator("input[name=username]").fill(username);
  await page.locator("input[name=password]").fill(DEMO.password);
  await page.getByRole("button", { name: "ورود" }).click();
  await page.getByText("کد مدرسه، نام کاربری یا رمز عبور نادرست است.").waitFor();
}
