import { describe, expect, it } from "vitest";
import { jobCounts, jobNote, nextSteps, readFraction, statusTone } from "./roster-format.ts";
import { ROSTER_MESSAGES } from "./roster-messages.ts";
import { parseRoute, routeHref } from "../../routing/route.ts";
import { uploadUrl, serverMessage } from "./roster-transfer.ts";

describe("roster page helpers", () => {
  it("shows reading progress only while reading a file of known size", () => {
    expect(readFraction({ phase: "reading", bytesRead: 50n, bytesTotal: 200n })).toBe(0.25);
    expect(readFraction({ phase: "merging", bytesRead: 200n, bytesTotal: 200n })).toBeNull();
    expect(readFraction({ phase: "reading", bytesRead: 5, bytesTotal: null })).toBeNull();
  });

  it("says a failure, an interruption, rows with problems or a refused upload in the reader's language, falling back to the server's English", () => {
    const fa = { notes: ROSTER_MESSAGES.fa.statusNote, locale: "fa" as const };
    const job = { counts: null, errorCount: 0, errors: [] };
    expect(jobNote({ ...job, status: "interrupted", message: "The import stopped before it finished (its process ended)." }, fa)).toEqual({ text: fa.notes.interrupted, language: "fa" });
    expect(jobNote({ ...job, status: "failed", message: "The upload did not arrive whole." }, fa)).toEqual({ text: fa.notes.failed, language: "fa" });
    const rowProblems = jobNote({ status: "refused", message: "12 problems found; nothing was imported.", counts: {}, errorCount: 12, errors: [] }, fa);
    expect(rowProblems).toMatchObject({ text: expect.stringMatching(/^۱۲ ایراد پیدا شد؛/), language: "fa" });
    const emptyFile = { status: "refused" as const, errorCount: 1, message: "users.csv is empty." };
    expect(jobNote({ ...job, ...emptyFile, errors: [{ message: "users.csv خالی است.", language: "fa" }] }, fa)).toEqual({ text: "users.csv خالی است.", language: "fa" });
    expect(jobNote({ ...job, ...emptyFile }, fa)).toEqual({ text: "users.csv is empty.", language: "en" });
    expect(jobNote({ ...job, status: "succeeded", message: "Dry run: nothing was changed." }, fa)).toBeNull();
    expect(fa.notes.interrupted).toMatch(/[\u0600-\u06FF]/);
  });

  it("offers the real import after a clean dry run, and skipping after a refusal", () => {
    expect(nextSteps({ status: "succeeded", dryRun: true, errorCount: 0, skipInvalid: false })).toEqual({ runForReal: true, runSkipping: false });
    expect(nextSteps({ status: "refused", dryRun: true, errorCount: 3, skipInvalid: false })).toEqual({ runForReal: false, runSkipping: true });
    expect(nextSteps({ status: "succeeded", dryRun: false, errorCount: 0, skipInvalid: false })).toEqual({ runForReal: false, runSkipping: false });
  });

  it("reads the counts a job stores, and refuses other shapes", () => {
    const kind = { created: 1, updated: 0, unchanged: 0, deactivated: 0, rejected: 0, ignored: 0 };
    const notice = { message: "enrollments.csv خوانده نشد.", language: "fa" };
    expect(jobCounts({ users: kind, classes: kind, enrollments: kind, notices: [notice, "unworded", { message: "x", language: "de" }] })?.notices).toEqual([notice]);
    expect(jobCounts(null)).toBeNull();
    expect(jobCounts({ users: 1 })).toBeNull();
  });

  it("builds the upload address and reads the server's message", () => {
    expect(uploadUrl("فهرست 1.csv", { dryRun: true, skipInvalid: false, resetCodes: false })).toBe(
      "/roster/imports?fileName=%D9%81%D9%87%D8%B1%D8%B3%D8%AA+1.csv&dryRun=true&skipInvalid=false&resetCodes=false",
    );
    expect(serverMessage('{"error":"Only school administrators can do this."}')).toBe("Only school administrators can do this.");
    expect(serverMessage("<html>")).toBe("");
    expect(statusTone("refused")).toBe("warning");
  });
});

describe("roster routes", () => {
  it("round-trip the import list and one import", () => {
    const jobId = "0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d";
    expect(parseRoute(routeHref({ name: "roster" }))).toEqual({ name: "roster" });
    expect(parseRoute(routeHref({ name: "roster-job", jobId }))).toEqual({ name: "roster-job", jobId });
    expect(parseRoute("#/roster/not-an-id")).toEqual({ name: "not-found", path: "/roster/not-an-id" });
  });
});
