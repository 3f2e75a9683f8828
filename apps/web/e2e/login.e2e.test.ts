import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { saveScreenshot } from "./support/artifacts.ts";
import { DEMO } from "./support/demo-school.ts";
import { useTestStack } from "./support/use-test-stack.ts";

describe("signing in", () => {
  const stack = useTestStack();
  let page: Page;

  beforeAll(async () => {
    page = await stack().openPage("visitor");
  });

  it("shows a teacher only their own class, in Persian or English", async ({ onTestFailed }) => {
    onTestFailed(stack().onFailure("login"));
    const html = page.locator("html");
    await page.goto(stack().server.url);
    expect(await html.getAttribute("dir")).toBe("rtl");
    expect(await html.getAttribute("lang")).toBe("fa");
    await expect.poll(() => page.title()).toBe("ورود · زنگ");

    // A wrong password is refused with a clear message, and the form stays usable.
    await page.locator("input[name=schoolCode]").fill(DEMO.schoolCode);
    await page.locator("input[name=username]").fill(DEMO.teacher1);
    await page.locator("input[name=password]").fill("not-the-password");
    await page.getByRole("button", { name: "ورود" }).click();
    await expect.poll(() => page.getByRole("alert").textContent()).toContain("نادرست");

    await page.locator("input[name=password]").fill(DEMO.password);
    await page.getByRole("button", { name: "ورود" }).click();

    await page.getByRole("heading", { name: "7-A" }).waitFor();
    expect(await page.getByRole("heading", { name: "7-B" }).count()).toBe(0);
    expect(await page.getByText("معلم", { exact: true }).count()).toBe(1);

    await page.locator("select[name=locale]").selectOption("en");
    await expect.poll(() => html.getAttribute("dir")).toBe("ltr");
    expect(await html.getAttribute("lang")).toBe("en");
    await page.getByRole("heading", { name: "My classes" }).waitFor();
    // The tab is named in the chosen language too (the teacher's class has nothing unread here).
    await expect.poll(() => page.title()).toBe("My classes · Zang");

    // The session and the language both survive a reload.
    await page.reload();
    await page.getByRole("heading", { name: "7-A" }).waitFor();
    expect(await html.getAttribute("dir")).toBe("ltr");
    await saveScreenshot(page, "classes-en");

    await page.locator("select[name=locale]").selectOption("fa");
    await expect.poll(() => html.getAttribute("dir")).toBe("rtl");
    await page.getByRole("heading", { name: "کلاس‌های من" }).waitFor();
    await saveScreenshot(page, "classes-fa");

    // Signing out returns to the form with the school code remembered.
    await page.getByRole("button", { name: "خروج" }).click();
    await page.locator("input[name=username]").waitFor();
    expect(await page.locator("input[name=schoolCode]").inputValue()).toBe(DEMO.schoolCode);
  });
});
