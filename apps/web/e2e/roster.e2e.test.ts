import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { saveScreenshot } from "./support/artifacts.ts";
import { signIn } from "./support/sign-in.ts";
import { useTestStack } from "./support/use-test-stack.ts";

const ROSTER = "\uFEFFشناسه,نام,نام خانوادگی,پایه,کلاس\r\n9001,زهرا,احمدی,7,7-C\r\n9002,علی,رضایی,7,7-C\r\n";

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
    await signIn(page, { baseUrl: stack().server.url, username: "admin" });
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
  });
});
