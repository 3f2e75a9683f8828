import type { Locator, Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { saveScreenshot } from "./support/artifacts.ts";
import { DEMO } from "./support/demo-school.ts";
import { signIn } from "./support/sign-in.ts";
import { useTestStack } from "./support/use-test-stack.ts";

// Mixed on purpose: a Persian sentence with English words inside, and an English line after it.
const ANNOUNCEMENT = "سلام بچه‌ها! فردا آزمون داریم.";
const HOMEWORK = "تمرین‌های فصل ۳ از کتاب Math Workbook را حل کنید\nPages 12–14, due Saturday";
const REPLY = "Thanks! چشم، حتماً انجام می‌دهم.";
// A 1×1 PNG: small, and shown by the browser in the tab it opens in.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");
const BOARD = "تخته-کلاس.png";
const STUDENT1_NAME = "دانش‌آموز 1";

describe("class conversation", () => {
  const stack = useTestStack();
  let teacher: Page;
  let student: Page;

  beforeAll(async () => {
    teacher = await stack().openPage("teacher");
    student = await stack().openPage("student");
  });

  it("delivers messages and replies live between a teacher and a student", async ({ onTestFailed }) => {
    onTestFailed(stack().onFailure("chat"));
    const baseUrl = stack().server.url;
    await signIn(teacher, { baseUrl, username: DEMO.teacher1 });
    await signIn(student, { baseUrl, username: DEMO.student1 });
    await student.locator(".class-list[data-live=true]").waitFor();
    await openClass(teacher, DEMO.classA);

    // The student, still on the class list, is told about the new message there.
    await send(teacher, ANNOUNCEMENT);
    const studentCard = classCard(student, DEMO.classA);
    await studentCard.locator(".class-card__unread").waitFor();
    expect(await studentCard.locator(".class-card__unread").innerText()).toContain("۱");
    // So is a student whose tab is in the background: the tab's title counts what is unread.
    await expect.poll(() => student.title()).toMatch(/^\([۰-۹]+\) کلاس‌های من · زنگ$/);
    await saveScreenshot(student, "chat-student-unread-badge");

    await openClass(student, DEMO.classA);
    await message(student, ANNOUNCEMENT).waitFor();
    await student.locator(".conversation[data-live=true]").waitFor();
    // Anything that reloads the page would drop this marker.
    await student.evaluate(() => Reflect.set(window, "e2eNoReload", true));

    // The student switches to another tab; the class's tab counts what arrives meanwhile.
    await setPageHidden(student, true);
    await send(teacher, HOMEWORK);
    const homework = message(student, "Pages 12–14");
    await homework.waitFor();
    await expect.poll(() => student.title()).toBe(`(۱) ${DEMO.classA} · زنگ`);
    await setPageHidden(student, false);
    await expect.poll(() => student.title()).toBe(`${DEMO.classA} · زنگ`);
    expect(await student.evaluate(() => Reflect.get(window, "e2eNoReload"))).toBe(true);
    // Each line takes its own direction: the Persian line right to left, the English one left to right.
    const lines = homework.locator(".message-line");
    expect(await lines.evaluateAll((elements) => elements.map((element) => [element.getAttribute("dir"), getComputedStyle(element).direction]))).toEqual([
      ["auto", "rtl"],
      ["auto", "ltr"],
    ]);

    await homework.getByRole("button", { name: "پاسخ" }).click();
    await send(student, REPLY);
    const replyOnTeacherSide = message(teacher, REPLY);
    await replyOnTeacherSide.waitFor();
    expect(await replyOnTeacherSide.locator(".reply-preview").innerText()).toContain("Math Workbook");
    expect(await replyOnTeacherSide.locator(".message-line").evaluate((element) => getComputedStyle(element).direction)).toBe("ltr");
    // The student's own copy is the stored message, not a pending one left behind.
    await expect.poll(() => student.locator(".message--pending").count()).toBe(0);

    await saveScreenshot(teacher, "chat-teacher");
    await saveScreenshot(student, "chat-student");

    // Everything was seen on the class page: back on the list, no badge.
    await student.getByRole("link", { name: "همه کلاس‌ها" }).click();
    await classCard(student, DEMO.classA).waitFor();
    await expect.poll(() => classCard(student, DEMO.classA).locator(".class-card__unread").count()).toBe(0);

    // The teacher sees who has seen the homework post: this student, and not yet the other fourteen.
    const post = message(teacher, "Pages 12–14");
    await post.getByRole("button", { name: "دیده‌شده" }).click();
    const readers = post.locator(".message-readers");
    await readers.getByText("۱ از ۱۵ دانش‌آموز دیده‌اند").waitFor();
    expect(await readers.locator(".message-readers__group--seen li").allInnerTexts()).toEqual([STUDENT1_NAME]);
    expect(await readers.locator(".message-readers__group--not-yet li").count()).toBe(14);
    await saveScreenshot(teacher, "chat-teacher-readers");
    await readers.getByRole("button", { name: "بستن" }).click();
    await expect.poll(() => readers.count()).toBe(0);
  });

  it("shows the teacher's pin, edit and delete to the student live", async ({ onTestFailed }) => {
    onTestFailed(stack().onFailure("moderation"));
    await openClass(student, DEMO.classA);
    await student.locator(".conversation[data-live=true]").waitFor();

    await message(teacher, ANNOUNCEMENT).getByRole("button", { name: "سنجاق" }).click();
    const pinnedBar = student.locator(".pinned-bar");
    await pinnedBar.waitFor();
    expect(await pinnedBar.innerText()).toContain(ANNOUNCEMENT);

    await message(teacher, "Pages 12–14").getByRole("button", { name: "ویرایش" }).click();
    const teacherComposer = teacher.locator("textarea[name=body]");
    // The composer takes the message's text as it switches to editing, a render after the click.
    await expect.poll(() => teacherComposer.inputValue()).toBe(HOMEWORK);
    await teacherComposer.fill("تمرین‌های فصل ۳ — Pages 12–15");
    await teacher.getByRole("button", { name: "ذخیره" }).click();
    const edited = message(student, "Pages 12–15");
    await edited.waitFor();
    expect(await edited.locator(".message__edited").innerText()).toBe("ویرایش‌شده");

    await message(teacher, ANNOUNCEMENT).getByRole("button", { name: "حذف" }).click();
    await teacher.getByRole("group", { name: "این پیام برای همه حذف شود؟" }).getByRole("button", { name: "حذف" }).click();
    await expect.poll(() => message(student, ANNOUNCEMENT).count()).toBe(0);
    expect(await student.getByText("این پیام حذف شد").count()).toBe(1);
    // A deleted post is no longer pinned.
    await expect.poll(() => pinnedBar.count()).toBe(0);
    // The tombstone offers nothing more, on either side.
    await expect.poll(() => teacher.getByRole("group", { name: "این پیام برای همه حذف شود؟" }).count()).toBe(0);
  });

  it("keeps a class's conversation from students of other classes", async ({ onTestFailed }) => {
    onTestFailed(stack().onFailure("outsider"));
    const outsider = await stack().openPage("outsider");
    await signIn(outsider, { baseUrl: stack().server.url, username: DEMO.student30 });
    await classCard(outsider, DEMO.classB).waitFor();
    expect(await classCard(outsider, DEMO.classA).count()).toBe(0);

    // Even with the address of 7-A (the teacher is on it), the conversation does not open.
    const classAHash = await teacher.evaluate(() => window.location.hash);
    expect(classAHash).toMatch(/^#\/classes\/[0-9a-f-]{36}$/);
    await outsider.goto(`${stack().server.url}/${classAHash}`);
    await outsider.getByText("این کلاس وجود ندارد یا شما عضو آن نیستید.").waitFor();
    expect(await outsider.getByText(ANNOUNCEMENT).count()).toBe(0);
  });

  it("disables the student's composer live, with the reason, while the teacher has announcement mode on", async ({ onTestFailed }) => {
    onTestFailed(stack().onFailure("announcement"));
    await openClass(student, DEMO.classA);
    await student.locator(".conversation[data-live=true]").waitFor();
    const studentComposer = student.locator("textarea[name=body]");
    expect(await studentComposer.isEnabled()).toBe(true);
    const announcementMode = teacher.getByRole("checkbox", { name: "حالت اطلاع‌رسانی" });

    await announcementMode.check();
    await expect.poll(() => announcementMode.isChecked()).toBe(true);
    // The teacher still posts.
    expect(await teacher.locator("textarea[name=body]").isEnabled()).toBe(true);

    // The student's page hears of it at once, before trying to post.
    await expect.poll(() => studentComposer.isDisabled(), { timeout: 10_000 }).toBe(true);
    const reason = student.locator(".composer__notice");
    expect(await reason.innerText()).toContain("حالت اطلاع‌رسانی");
    await saveScreenshot(student, "chat-student-announcement-mode");

    await announcementMode.uncheck();
    await expect.poll(() => studentComposer.isEnabled(), { timeout: 10_000 }).toBe(true);
    expect(await reason.count()).toBe(0);
  });

  it("sends a file without text, which the student sees live, opens, and finds named in the class list", async ({ onTestFailed }) => {
    onTestFailed(stack().onFailure("files"));
    await openClass(student, DEMO.classA);
    await student.locator(".conversation[data-live=true]").waitFor();

    await teacher.locator("input[name=files]").setInputFiles({ name: BOARD, mimeType: "image/png", buffer: PNG });
    const upload = teacher.locator(".composer .file-upload", { hasText: BOARD });
    await expect.poll(() => upload.innerText()).toContain("بارگذاری شد");
    await saveScreenshot(teacher, "chat-teacher-file-ready");
    await teacher.getByRole("button", { name: "ارسال" }).click();
    // Sent: the composer is empty again and the teacher's copy is the stored message.
    await expect.poll(() => teacher.locator(".composer .file-upload").count()).toBe(0);
    await message(teacher, BOARD).locator(".message__time").waitFor();

    const posted = message(student, BOARD);
    await posted.waitFor();
    expect(await posted.locator(".message__body").count()).toBe(0);
    // The picture shows in the conversation itself.
    await expect.poll(() => posted.locator("img.file-preview__image").evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth)).toBe(1);
    await saveScreenshot(student, "chat-student-file");
    const [tab] = await Promise.all([student.waitForEvent("popup"), posted.getByRole("button", { name: `باز کردن ${BOARD}` }).click()]);
    await tab.waitForLoadState();
    expect(await tab.locator("img").evaluate((image: HTMLImageElement) => [image.naturalWidth, image.naturalHeight])).toEqual([1, 1]);
    await tab.close();

    await student.getByRole("link", { name: "همه کلاس‌ها" }).click();
    await expect.poll(() => classCard(student, DEMO.classA).locator(".class-card__last").innerText()).toContain("یک فایل فرستاد");
  });
});

function classCard(page: Page, name: string): Locator {
  return page.locator(".class-card").filter({ has: page.getByRole("heading", { name, exact: true }) });
}

async function openClass(page: Page, name: string): Promise<void> {
  if ((await page.locator(".class-card").count()) === 0) await page.getByRole("link", { name: "زنگ" }).click();
  await classCard(page, name).getByRole("link").click();
  await page.getByRole("heading", { level: 1, name }).waitFor();
  await page.locator(".conversation").waitFor();
}

async function send(page: Page, body: string): Promise<void> {
  await page.locator("textarea[name=body]").fill(body);
  await page.getByRole("button", { name: "ارسال" }).click();
  await message(page, body.split("\n")[0]!).locator(".message__time").waitFor();
}

/** Makes the page believe its tab went to the background (or came back), as switching tabs does. */
async function setPageHidden(page: Page, hidden: boolean): Promise<void> {
  await page.evaluate((isHidden) => {
    Object.defineProperty(document, "visibilityState", { configurable: true, get: () => (isHidden ? "hidden" : "visible") });
    document.dispatchEvent(new Event("visibilitychange"));
  }, hidden);
}

/** A stored (not pending) message on the page containing the text. */
function message(page: Page, text: string): Locator {
  return page.locator("article.message:not(.message--pending)").filter({ hasText: text });
}
