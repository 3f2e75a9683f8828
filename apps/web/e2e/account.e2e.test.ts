import { describe, expect, it } from "vitest";
import { saveScreenshot } from "./support/artifacts.ts";
import { DEMO } from "./support/demo-school.ts";
import { signIn } from "./support/sign-in.ts";
import { useTestStack } from "./support/use-test-stack.ts";

const NEW_PASSWORD = "a-new-pass-5678";

describe("account", () => {
  const stack = useTestStack();

  it("changes the password with clear errors, then signs out on every device", async ({ onTestFailed }) => {
    const baseUrl = stack().server.url;
    const phone = await stack().openPage("phone");
    const laptop = await stack().openPage("laptop");
    onTestFailed(stack().onFailure("account"));
    await signIn(phone, { baseUrl, username: DEMO.student1 });
    await signIn(laptop, { baseUrl, username: DEMO.student1 });

    await laptop.getByRole("link", { name: "حساب کاربری" }).click();
    const form = {
      current: laptop.locator("input[name=currentPassword]"),
      next: laptop.locator("input[name=newPassword]"),
      confirm: laptop.locator("input[name=confirmPassword]"),
      submit: laptop.getByRole("button", { name: "تغییر رمز عبور" }),
    };

    // Checked in the browser: too short, and a confirmation that does not match.
    await form.current.fill(DEMO.password);
    await form.next.fill("short");
    await form.confirm.fill("short");
    await form.submit.click();
    await laptop.getByText("رمز عبوری با دست‌کم ۱۰ نویسه انتخاب کنید.").waitFor();
    await form.next.fill(NEW_PASSWORD);
    await form.confirm.fill(`${NEW_PASSWORD}x`);
    await form.submit.click();
    await laptop.getByText("دو رمز عبور تازه یکسان نیستند.").waitFor();

    // Checked by the server: the current password.
    await form.current.fill("not-the-password");
    await form.confirm.fill(NEW_PASSWORD);
    await form.submit.click();
    await expect.poll(() => laptop.getByRole("alert").first().innerText()).toContain("رمز عبور فعلی نادرست است.");

    await form.current.fill(DEMO.password);
    await form.submit.click();
    await laptop.getByText("رمز عبور شما تغییر کرد.", { exact: false }).waitFor();
    await saveScreenshot(laptop, "account-password-changed");

    // Changing the password ended the phone's session; its next request returns it to the form.
    await phone.reload();
    await phone.locator("input[name=username]").waitFor();

    await laptop.getByRole("button", { name: "خروج از همه دستگاه‌ها" }).click();
    await laptop.getByRole("button", { name: "بله، از همه دستگاه‌ها خارج شو" }).click();
    await laptop.locator("input[name=username]").waitFor();

    // The new password works.
    await signIn(laptop, { baseUrl, username: DEMO.student1, password: NEW_PASSWORD });
  });
});
