import type { Page } from "playwright-core";
import { DEMO } from "./demo-school.ts";

/**
 * Signs a demo user in through the form, in the default Persian interface, and waits for their
 * class list (an admin's is titled "the school's classes").
 */
export async function signIn(page: Page, { baseUrl, username, password = DEMO.password }: { baseUrl: string; username: string; password?: string }): Promise<void> {
  await page.goto(baseUrl);
  await page.locator("input[name=schoolCode]").fill(DEMO.schoolCode);
  await page.locator("input[name=username]").fill(username);
  await page.locator("input[name=password]").fill(password);
  await page.getByRole("button", { name: "ورود" }).click();
  await page.getByRole("heading", { name: username === DEMO.admin ? "کلاس‌های مدرسه" : "کلاس‌های من" }).waitFor();
}
