// Video lessons in the browser. No LiveKit server can run here, so the API talks to the Twirp
// stand-in from @zang/video/testing: rooms, tokens and permission updates are real requests the
// stand-in checks and records, but it carries no media, so a browser's connection to it fails.
// The test checks that this failure is shown clearly, and everything that does not need media.
import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { startLiveKitStandIn, verifyJoinToken, type LiveKitStandIn } from "@zang/video/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { saveScreenshot } from "./support/artifacts.ts";
import { DEMO } from "./support/demo-school.ts";
import { signIn } from "./support/sign-in.ts";
import { useTestStack } from "./support/use-test-stack.ts";

const TITLE = "مرور کسرها — live Q&A";
const STUDENT_NAME = "دانش‌آموز 1";
// Students' pages poll the lesson every 5 s and the teacher's hands list every 3 s.
const POLL_WAIT = { timeout: 20_000 };
// livekit-client tries the WebSocket, then asks the server's validate endpoint why it failed.
const MEDIA_FAILURE_WAIT = { timeout: 45_000 };

describe("video lessons", () => {
  let livekit: LiveKitStandIn | undefined;
  // Registered first, so it runs last: after the API has stopped.
  afterAll(async () => {
    await livekit?.close();
  });
  const stack = useTestStack(async () => {
    livekit = await startLiveKitStandIn();
    return { env: { LIVEKIT_URL: livekit.url, LIVEKIT_API_KEY: livekit.apiKey, LIVEKIT_API_SECRET: livekit.apiSecret } };
  });
  let teacher: Page;
  let student: Page;

  beforeAll(async () => {
    const wide = { viewport: { width: 1280, height: 900 }, acceptDownloads: true };
    teacher = await stack().openPage("teacher", wide);
    student = await stack().openPage("student", wide);
  });

  it("runs a lesson from scheduling through a raised hand to its end", async ({ onTestFailed }) => {
    onTestFailed(stack().onFailure("lessons"));
    const standIn = livekit!;
    const baseUrl = stack().server.url;

    // The teacher schedules a 30-minute lesson at the proposed time (the next quarter hour).
    await signIn(teacher, { baseUrl, username: DEMO.teacher1 });
    await openLessons(teacher, DEMO.classA);
    await teacher.getByRole("button", { name: "برنامه‌ریزی جلسه" }).click();
    await teacher.locator("input[name=title]").fill(TITLE);
    await teacher.locator("input[name=durationMinutes]").fill("۳۰");
    await teacher.getByRole("button", { name: "برنامه‌ریزی", exact: true }).click();
    const teacherCard = teacher.locator(".lesson-card", { hasText: TITLE });
    await teacherCard.waitFor();
    expect(await teacherCard.locator(".zang-badge").innerText()).toBe("برنامه‌ریزی‌شده");
    expect(await teacherCard.innerText()).toContain("۳۰ دقیقه");
    // On the school's clock, in the Jalali calendar with Persian digits.
    expect(await teacherCard.locator(".lesson-when__start").innerText()).not.toMatch(/[0-9]/);
    await saveScreenshot(teacher, "lessons-teacher-scheduled");

    // The student sees it scheduled; inside, the page says the teacher has not started it.
    await signIn(student, { baseUrl, username: DEMO.student1 });
    await openLessons(student, DEMO.classA);
    const studentCard = student.locator(".lesson-card", { hasText: TITLE });
    expect(await studentCard.locator(".zang-badge").innerText()).toBe("برنامه‌ریزی‌شده");
    await studentCard.getByRole("link", { name: TITLE }).click();
    await student.getByText("معلم هنوز جلسه را شروع نکرده است").waitFor();

    // The teacher starts it: the room is created on "LiveKit".
    await teacherCard.getByRole("link", { name: TITLE }).click();
    await teacher.getByRole("button", { name: "شروع جلسه" }).click();
    await teacher.locator(".lesson-summary .zang-badge", { hasText: "در حال برگزاری" }).waitFor();
    const [createRoom] = standIn.requestsOf("CreateRoom");
    expect(createRoom).toMatchObject({ status: 200, grant: { roomCreate: true } });
    const room = String(createRoom!.body.name);

    // The student's page notices by itself; the class page and the list show the lesson live too.
    await student.getByRole("button", { name: "ورود به جلسه" }).waitFor(POLL_WAIT);
    await openClass(student, DEMO.classA);
    const strip = student.getByRole("region", { name: "جلسه‌های آنلاین این کلاس" }).getByRole("listitem").filter({ hasText: TITLE });
    await strip.waitFor();
    expect(await strip.locator(".zang-badge").innerText()).toBe("در حال برگزاری");
    await saveScreenshot(student, "lessons-student-class-page");
    await openLessons(student, DEMO.classA);
    expect(await studentCard.locator(".zang-badge").innerText()).toBe("در حال برگزاری");
    await studentCard.getByRole("link", { name: TITLE }).click();

    // Joining hands out a LiveKit token for this room, as a listener…
    const [joinResponse] = await Promise.all([
      student.waitForResponse((response) => response.url().includes("lessons.join")),
      student.getByRole("button", { name: "ورود به جلسه" }).click(),
    ]);
    const ticket = joinTicketOf(await joinResponse.json());
    expect(ticket.url).toBe(standIn.url.replace(/^http/, "ws"));
    const claims = await verifyJoinToken({ apiKey: standIn.apiKey, apiSecret: standIn.apiSecret, token: ticket.token });
    expect(claims.video).toMatchObject({ room, roomJoin: true, canPublish: false, canPublishData: false });
    const studentIdentity = claims.sub!;

    // …but the stand-in carries no media: the page says so plainly and offers a retry.
    const failure = student.locator(".lesson-room__failure");
    await failure.waitFor(MEDIA_FAILURE_WAIT);
    expect(await failure.innerText()).toContain("اتصال به سرور ویدیو ممکن نشد.");
    expect(await failure.getByRole("button", { name: "ورود دوباره" }).isVisible()).toBe(true);
    await saveScreenshot(student, "lessons-student-cannot-reach-video");

    // Raising a hand goes through the API, so it works without the video connection.
    await student.getByRole("button", { name: "بالا بردن دست" }).click();
    await student.getByRole("status").filter({ hasText: "دست شما بالاست" }).waitFor();
    expect(await student.getByRole("button", { name: "پایین آوردن دست" }).count()).toBe(1);
    // A page opened again keeps the hand up: it starts from the server's record of it.
    await student.reload();
    await student.getByRole("button", { name: "ورود به جلسه" }).click();
    await student.getByRole("status").filter({ hasText: "دست شما بالاست" }).waitFor();
    expect(await student.getByRole("button", { name: "پایین آوردن دست" }).count()).toBe(1);

    // The teacher sees the hand and lets the student speak: LiveKit is asked for microphone-only publishing.
    const hand = teacher.locator(".lesson-hands").getByRole("listitem", { name: STUDENT_NAME });
    await hand.waitFor(POLL_WAIT);
    expect(await hand.innerText()).toContain("دست بالا در");
    await hand.getByRole("button", { name: `اجازه صحبت به ${STUDENT_NAME}` }).click();
    // The student is not in the LiveKit room (no media here), so the grant waits for their next join.
    await hand.getByText("اکنون در اتاق نیست").waitFor();
    await hand.getByText("اجازه صحبت دارد").waitFor(POLL_WAIT);
    const update = standIn.requestsOf("UpdateParticipant").find((request) => request.body.identity === studentIdentity);
    expect(update).toMatchObject({
      grant: { roomAdmin: true, room },
      body: { room, identity: studentIdentity, permission: { canSubscribe: true, canPublish: true, canPublishSources: ["MICROPHONE"] } },
    });
    await saveScreenshot(teacher, "lessons-teacher-hand-granted");

    // The teacher ends the lesson for everyone; the room is closed on "LiveKit".
    await teacher.getByRole("button", { name: "پایان جلسه برای همه" }).click();
    await teacher.getByRole("button", { name: "بله، جلسه پایان یابد" }).click();
    await teacher.locator(".lesson-summary .zang-badge", { hasText: "پایان‌یافته" }).waitFor();
    expect(standIn.requestsOf("DeleteRoom")).toEqual([expect.objectContaining({ status: 200, body: { room } })]);
    expect(standIn.hasRoom(room)).toBe(false);

    // The student's page follows: the lesson has ended, and the failed room is gone.
    await student.locator(".lesson-summary .zang-badge", { hasText: "پایان‌یافته" }).waitFor(POLL_WAIT);
    expect(await student.getByText(/این جلسه در .+ پایان یافت/).count()).toBe(1);
    expect(await student.locator(".lesson-room").count()).toBe(0);
    await saveScreenshot(student, "lessons-student-ended");

    // Attendance: every student of the class, and the CSV with a BOM for Excel.
    const attendance = teacher.locator(".lesson-attendance");
    // Nobody reached the media server, and no webhooks came: the student is listed, with no time.
    const row = attendance.getByRole("row").filter({ has: teacher.getByRole("rowheader", { name: STUDENT_NAME, exact: true }) });
    await row.waitFor();
    expect(await row.locator("td").allInnerTexts()).toEqual(["—", "—", "۰", "۰", "خیر"]);
    const [download] = await Promise.all([teacher.waitForEvent("download"), attendance.getByRole("button", { name: "دریافت حضور و غیاب (CSV)" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^attendance-.+\.csv$/);
    const csv = await readFile((await download.path())!, "utf8");
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain("student1");
    await saveScreenshot(teacher, "lessons-teacher-ended");

    expect(stack().pageErrors).toEqual([]);
  });
});

describe("video lessons on a server without LiveKit", () => {
  // Empty values count as unset, even when this shell has LIVEKIT_* for a real server.
  const stack = useTestStack({ env: { LIVEKIT_URL: "", LIVEKIT_API_KEY: "", LIVEKIT_API_SECRET: "" } });

  it("says what the administrator must set, and leaves the class page alone", async ({ onTestFailed }) => {
    const page = await stack().openPage("teacher");
    onTestFailed(stack().onFailure("lessons-not-configured"));
    await signIn(page, { baseUrl: stack().server.url, username: DEMO.teacher1 });
    await page.getByRole("link", { name: DEMO.classA, exact: true }).click();
    await page.locator(".conversation").waitFor();
    expect(await page.locator(".class-lessons").count()).toBe(0);
    await page.getByRole("link", { name: "جلسه‌های آنلاین" }).click();
    const notice = page.getByRole("status").filter({ hasText: "جلسه‌های آنلاین روی این سرور راه‌اندازی نشده است." });
    await notice.waitFor();
    for (const name of ["LIVEKIT_URL", "LIVEKIT_API_KEY", "LIVEKIT_API_SECRET"]) expect(await notice.getByText(name, { exact: true }).count()).toBe(1);
    expect(await page.getByRole("button", { name: "برنامه‌ریزی جلسه" }).count()).toBe(0);
    await saveScreenshot(page, "lessons-not-configured");
  });
});

async function openClass(page: Page, className: string): Promise<void> {
  await page.goto(new URL("#/classes", page.url()).toString());
  await page.getByRole("link", { name: className, exact: true }).click();
  await page.locator(".conversation").waitFor();
}

async function openLessons(page: Page, className: string): Promise<void> {
  await openClass(page, className);
  await page.getByRole("link", { name: "جلسه‌های آنلاین" }).click();
  await page.getByRole("heading", { name: "جلسه‌های آنلاین", level: 1 }).waitFor();
}

/** The `{ url, token }` inside tRPC's batched, superjson-encoded answer to lessons.join. */
function joinTicketOf(body: unknown): { url: string; token: string } {
  const [first] = body as Array<{ result: { data: { json: { url: string; token: string } } } }>;
  return first!.result.data.json;
}
