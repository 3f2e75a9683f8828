import { TRPCClientError } from "@trpc/client";
import { describe, expect, it } from "vitest";
import { en } from "../../i18n/en.ts";
import { lessonFailureText } from "./lesson-failure.ts";

function refusal(code: string) {
  return TRPCClientError.from({ error: { code: -32600, message: "refused", data: { code } } });
}

describe("lessonFailureText", () => {
  it("reads PRECONDITION_FAILED as LiveKit not being configured on the server", () => {
    expect(lessonFailureText({ messages: en, error: refusal("PRECONDITION_FAILED"), conflictText: "" })).toBe(en.lessons.notConfigured.title);
  });

  it("words a conflict as the caller says it means for the action", () => {
    expect(lessonFailureText({ messages: en, error: refusal("CONFLICT"), conflictText: en.lessons.errors.notLive })).toBe(en.lessons.errors.notLive);
  });
});
