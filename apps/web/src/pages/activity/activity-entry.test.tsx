// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import type { ActivityEntry } from "../../api-types.ts";
import { saveChosenLocale } from "../../i18n/locale-preference.ts";
import { Providers } from "../../providers.tsx";
import { ActivityEntryRow } from "./activity-entry.tsx";

afterEach(() => {
  cleanup();
  localStorage.clear();
});

const ADMIN = { userId: "0b7f4c1e-0000-4d55-9a53-3f1c2b8e9d10", displayName: "مدیر مدرسه", username: "admin" };
const SARA = { userId: "0b7f4c1e-1111-4d55-9a53-3f1c2b8e9d10", displayName: "Sara Ahmadi", username: "sara" };
const CLASS = { classId: "0b7f4c1e-2222-4d55-9a53-3f1c2b8e9d10", name: "7-A" };

function entry(overrides: Partial<ActivityEntry>): ActivityEntry {
  return { id: 1, at: new Date("2026-03-21T05:30:00Z"), action: "member_added", actor: ADMIN, target: SARA, class: CLASS, messageId: null, details: {}, ...overrides };
}

function show(item: ActivityEntry) {
  render(
    <Providers>
      <ul>
        <ActivityEntryRow entry={item} timeZone="Asia/Tehran" />
      </ul>
    </Providers>,
  );
  return screen.getByRole("listitem");
}

describe("ActivityEntryRow", () => {
  it("says who did what to whom and where, in Persian word order, with names that open each person's log", () => {
    const row = show(entry({ action: "member_role_changed", details: { role: "teacher", previousRole: "student" } }));
    expect(row.querySelector(".activity-page__sentence")!.textContent).toBe("مدیر مدرسه نقش Sara Ahmadi را در 7-A از دانش‌آموز به معلم تغییر داد");
    expect(screen.getByRole("link", { name: "Sara Ahmadi" }).getAttribute("href")).toBe(`#/activity/${SARA.userId}`);
    expect(screen.getByRole("link", { name: "7-A" }).getAttribute("href")).toBe(`#/classes/${CLASS.classId}`);
    // On the school's clock, in the Jalali calendar: 1 Farvardin 1405, 09:00 in Tehran.
    expect(row.querySelector("time")!.textContent).toContain("۱۴۰۵");
    expect(row.querySelector("time")!.getAttribute("dateTime")).toBe("2026-03-21T05:30:00.000Z");
  });

  it("tells a code given on the server's command line from one given by an admin", () => {
    const row = show(entry({ action: "login_code_issued", actor: null, class: null, details: { via: "command_line" } }));
    expect(row.querySelector(".activity-page__sentence")!.textContent).toBe("از خط فرمان سرور به Sara Ahmadi کد ورود تازه داده شد");
  });

  it("reads in English for a reader who chose English", () => {
    saveChosenLocale("en");
    const row = show(entry({ action: "posting_policy_changed", target: null, details: { postingPolicy: "teachers_only" } }));
    expect(row.querySelector(".activity-page__sentence")!.textContent).toBe("مدیر مدرسه turned on announcement mode in 7-A: only teachers post");
  });

  it("says what a roster import changed, leaving out what it did not, and opens the import's page", () => {
    const rosterImport = {
      jobId: "0b7f4c1e-3333-4d55-9a53-3f1c2b8e9d10",
      fileName: "roster-1405.zip",
      changes: {
        users: { created: 1200, updated: 3, deactivated: 0 },
        classes: { created: 0, updated: 0, deactivated: 0 },
        enrollments: { created: 0, updated: 0, deactivated: 40 },
      },
      loginCodes: 1200,
    };
    const row = show(entry({ action: "roster_imported", target: null, class: null, details: { via: "web", rosterImport } }));
    expect(row.querySelector(".activity-page__sentence")!.textContent).toBe(
      "مدیر مدرسه فهرست roster-1405.zip را وارد کرد (حساب‌ها: ۱٬۲۰۰ تازه، ۳ تغییر؛ عضویت‌ها: ۴۰ پایان‌یافته؛ ۱٬۲۰۰ کد ورود داده شد)",
    );
    expect(screen.getByRole("link", { name: "roster-1405.zip" }).getAttribute("href")).toBe(`#/roster/${rosterImport.jobId}`);
    cleanup();

    saveChosenLocale("en");
    const unchanged = { ...rosterImport, changes: { users: { created: 0, updated: 0, deactivated: 0 }, classes: { created: 0, updated: 0, deactivated: 0 }, enrollments: { created: 0, updated: 0, deactivated: 0 } }, loginCodes: 0 };
    const fromCommandLine = show(entry({ action: "roster_imported", actor: null, target: null, class: null, details: { via: "command_line", rosterImport: unchanged } }));
    expect(fromCommandLine.querySelector(".activity-page__sentence")!.textContent).toBe("The roster roster-1405.zip was imported on the server's command line (nothing changed)");
  });

  it("names a renamed class by its old name and links its new one", () => {
    const row = show(entry({ action: "class_renamed", target: null, details: { previousName: "7-A", name: "7-A Science" }, class: { ...CLASS, name: "7-A Science" } }));
    expect(row.querySelector(".activity-page__sentence")!.textContent).toBe("مدیر مدرسه نام کلاس 7-A را به 7-A Science تغییر داد");
    expect(screen.getByRole("link", { name: "7-A Science" }).getAttribute("href")).toBe(`#/classes/${CLASS.classId}`);
  });

  it("lists the school's settings that changed, before and after", () => {
    saveChosenLocale("en");
    const row = show(entry({ action: "school_settings_changed", target: null, class: null, details: { schoolChanges: { timeZone: ["Asia/Tehran", "Asia/Kabul"], locale: ["fa", "en"] } } }));
    expect(row.querySelector(".activity-page__sentence")!.textContent).toBe("مدیر مدرسه changed the school's settings: time zone Asia/Tehran → Asia/Kabul; language fa → en");
  });
});
