import { TRPCClientError } from "@trpc/client";
import { describe, expect, it } from "vitest";
import { en } from "../../i18n/en.ts";
import { lessonFailureOf, lessonFailureText } from "./lesson-failure.ts";

function refusal(code: string) {
  return TRPCClientError.from({ error: { code: -32600, message: "refused", data: { code } } });
}

describe("lessonFailureOf", () => {
  it("reads PRECONDITION_FAILED as LiveKit not being configured on the server", () => {
    expect(lessonFailureOf(refusal("PRECONDITION_FAILED"))).toBe("notConfigured");
    expect(lessonFailureText({ messages: en, error: refusal("PRECONDITION_FAILED"), conflictText: "" })).toBe(en.lessons.notConfigured.title);
  });

  it("tells the server's other refusals apart, and network trouble from them", () => {
    expect(lessonFailureOf(refusal("CONFLICT"))).toBe("conflict");
    expect(lessonFailureOf(refusal("NOT_FOUND"))).toBe("notFound");
    expect(lessonFailureOf(refusal("FORBIDDEN"))).toBe("forbidden");
    expect(lessonFailureOf(refusal("BAD_REQUEST"))).toBe("invalid");
    expect(lessonFailureOf(refusal("INTERNAL_SERVER_ERROR"))).toBe("unexpected");
    expect(lessonFailureOf(new TypeError("Failed to fetch"))).toBe("network");
  });

  it("words a conflict as the caller says it means for the action", () => {
    expect(lessonFailureText({ messages: en, error: refusal("CONFLICT"), conflictText: en.lessons.errors.notLive })).toBe(en.lessons.errors.notLive);
  });
});
