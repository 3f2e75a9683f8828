import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { saveScreenshot } from "./support/artifacts.ts";
import { DEMO } from "./support/demo-school.ts";
import { signIn } from "./support/sign-in.ts";
import { useTestStack } from "./support/use-test-stack.ts";

const ROSTER = "\uFEFFشناسه,نام,نام خانوادگی,پایه,کلاس\r\n9001,زهرا,احمدی,7,7-C\r\n9002,علی,رضایی,7,7-C\r\n";
// Line 3 has no family name; line 4 repeats line 2's id for someone else.
const FAULTY = "\uFEFFشناسه,نام,نام خانوادگی,پایه,کلاس\r\n9101,مریم,کریمی,8,8-D\r\n9102,رضا,,8,8-D\r\n9101,سارا,نوری,8,8-D\r\n";

describe("bulk enrollment", () => {
  const stack = useTestStack();
  let page: Page;

  beforeAll(async () => {
    page = await stack().openPage("admin");
  });

  it("lets the admin check a roster with a dry run, import it, and download the login codes", async ({ onTestFailed }) => {
    onTestFailed(stack().onFailure("roster"));
    const file = join(tmpdir(), `roster-e2e-${Date.now()}.csv`);
    await writeFile(file, ROSTER);
    await signIn(page, { baseUrl: stack().server.url, username: DEMO.admin });
    await page.goto(`${stack().server.url}/#/roster`);
    await page.getByRole("heading", { name: "ثبت‌نام گروهی" }).waitFor();
    await page.locator("input[type=file]").setInputFiles(file);
    await page.getByRole("button", { name: "بارگذاری و بررسی" }).click();

    await page.getByText("اگر این بارگذاری انجام شود (چیزی تغییر نکرد):").waitFor();
    await saveScreenshot(page, "roster-dry-run");
    await page.getByRole("button", { name: "انجام واقعی بارگذاری" }).click();
    await page.getByText("نتیجهٔ این بارگذاری:").waitFor();
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "دریافت برگهٔ کدهای ورود" }).click();
    const sheet = await (await download).path();
    const { readFile } = await import("node:fs/promises");
    const lines = (await readFile(sheet, "utf8")).replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^demo,900[12],/);
    await saveScreenshot(page, "roster-imported");

    // The activity log has the import (not the dry run), by the admin; the file's name opens the import's page.
    await page.goto(`${stack().server.url}/#/activity`);
    const entry = page.locator(".activity-page__entry").first();
    await expect
      .poll(() => entry.locator(".activity-page__sentence").innerText())
      .toBe(`مدیر مدرسه فهرست ${basename(file)} را وارد کرد (حساب‌ها: ۲ تازه؛ کلاس‌ها: ۱ تازه؛ عضویت‌ها: ۲ تازه؛ ۲ کد ورود داده شد)`);
    expect(await page.locator(".activity-page__entry", { hasText: basename(file) }).count()).toBe(1);
    await entry.getByRole("link", { name: basename(file) }).click();
    await page.getByText("نتیجهٔ این بارگذاری:").waitFor();
  });

  it("words each problem of a refused roster in Persian, on the page and in the downloaded report", async ({ onTestFailed }) => {
    onTestFailed(stack().onFailure("roster-problems"));
    const file = join(tmpdir(), `roster-e2e-faulty-${Date.now()}.csv`);
    await writeFile(file, FAULTY);
    await page.goto(`${stack().server.url}/#/roster`);
    await page.locator("input[type=file]").setInputFiles(file);
    await page.getByRole("button", { name: "بارگذاری و بررسی" }).click();

    const missing = page.locator("td", { hasText: "familyName خالی است و باید پر شود." });
    await missing.waitFor();
    expect(await missing.evaluate((cell) => getComputedStyle(cell).direction)).toBe("rtl");
    await page.locator("td", { hasText: 'externalId تکراری "9101": سطر ۲ هم همین را دارد.' }).waitFor();
    expect(await page.getByRole("alert").innerText()).toMatch(/^۲ ایراد پیدا شد؛ چیزی وارد نشد\./);
    await saveScreenshot(page, "roster-problems");

    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "دریافت گزارش خطاها" }).click();
    const { readFile } = await import("node:fs/promises");
    const report = await readFile(await (await download).path(), "utf8");
    expect(report).toContain("familyName خالی است و باید پر شود.");
  });
});
