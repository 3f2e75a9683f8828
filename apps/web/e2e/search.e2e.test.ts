// A student looks for what the teacher said about the math book weeks ago: typed with Persian
// letters, the teacher's message (written on an Arabic keyboard) is found, far back in the
// conversation, and brought into view.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { apiClientFor } from "./support/api-client.ts";
import { saveScreenshot } from "./support/artifacts.ts";
import { DEMO } from "./support/demo-school.ts";
import { signIn } from "./support/sign-in.ts";
import { useTestStack } from "./support/use-test-stack.ts";

const OLD_NOTICE = "كتاب رياضي را براي جلسهٔ بعد بياوريد";
const LATER_MESSAGES = 120;

describe("searching a class's messages", () => {
  const stack = useTestStack();

  it("finds an old message however it was typed and brings the conversation back to it", async ({ onTestFailed }) => {
    onTestFailed(stack().onFailure("search"));
    const baseUrl = stack().server.url;
    const teacherApi = await apiClientFor(baseUrl, DEMO.teacher1);
    const classA = (await teacherApi.classes.list.query()).find((summary) => summary.name === DEMO.classA)!;
    await teacherApi.messages.send.mutate({ classId: classA.id, body: OLD_NOTICE, clientId: randomUUID() });
    for (let index = 1; index <= LATER_MESSAGES; index++) await teacherApi.messages.send.mutate({ classId: classA.id, body: `یادداشت شمارهٔ ${index}`, clientId: randomUUID() });

    const page = await stack().openPage("student");
    await signIn(page, { baseUrl, username: DEMO.student1 });
    await page.getByRole("link", { name: DEMO.classA }).first().click();
    await page.locator(".conversation[data-live=true]").waitFor();
    // Only the newest page is loaded: the old notice is not on the page yet.
    expect(await page.locator("article.message", { hasText: OLD_NOTICE }).count()).toBe(0);

    await page.getByRole("button", { name: "جستجو", exact: true }).click();
    const search = page.getByRole("searchbox", { name: "جستجو در پیام‌های این کلاس" });
    await search.fill("ک");
    await search.press("Enter");
    await page.getByText("دست‌کم ۲ حرف بنویسید.").waitFor();

    // Persian letters and a half-space-free spelling find the Arabic-keyboard original.
    await search.fill("کتاب ریاضی");
    await search.press("Enter");
    const result = page.locator(".message-search__result");
    await result.first().waitFor();
    expect(await result.count()).toBe(1);
    expect(await result.locator("mark").innerText()).toBe("كتاب رياضي");
    await saveScreenshot(page, "search-results");

    await result.getByRole("button", { name: "نمایش در گفتگو" }).click();
    const found = page.locator("article.message", { hasText: OLD_NOTICE });
    await found.waitFor();
    await expect.poll(() => found.evaluate((element) => element.classList.contains("message--found"))).toBe(true);
    // In view inside the conversation's scrolling list, not merely on the page.
    const inView = () =>
      found.evaluate((element) => {
        const list = element.closest(".message-list")!.getBoundingClientRect();
        const box = element.getBoundingClientRect();
        return box.top >= list.top && box.bottom <= list.bottom;
      });
    await expect.poll(inView).toBe(true);
    await saveScreenshot(page, "search-shown-in-conversation");

    await search.fill("چیزی که نیست");
    await search.press("Enter");
    await page.getByText("هیچ پیامی «چیزی که نیست» ندارد.").waitFor();
  });
});
