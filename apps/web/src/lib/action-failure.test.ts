import { TRPCClientError } from "@trpc/client";
import { describe, expect, it } from "vitest";
import { en } from "../i18n/en.ts";
import { actionFailureOf, actionFailureText, sameRefusalText } from "./action-failure.ts";

function refusal(code: string) {
  return TRPCClientError.from({ error: { code: -32600, message: "refused", data: { code } } });
}

describe("actionFailureOf", () => {
  it("tells the server's refusals apart", () => {
    expect(actionFailureOf(refusal("PRECONDITION_FAILED"))).toBe("notConfigured");
    expect(actionFailureOf(refusal("CONFLICT"))).toBe("conflict");
    expect(actionFailureOf(refusal("NOT_FOUND"))).toBe("notFound");
    expect(actionFailureOf(refusal("FORBIDDEN"))).toBe("forbidden");
    expect(actionFailureOf(refusal("BAD_REQUEST"))).toBe("invalid");
    expect(actionFailureOf(refusal("INTERNAL_SERVER_ERROR"))).toBe("unexpected");
  });

  it("treats a failure without an answer as network trouble", () => {
    expect(actionFailureOf(new TypeError("Failed to fetch"))).toBe("network");
  });
});

describe("actionFailureText", () => {
  const texts = { conflict: "c", notFound: "n", forbidden: "f", invalid: "i" };
  it("uses the page's words for refusals and the app's for the rest", () => {
    expect(actionFailureText({ messages: en, error: refusal("CONFLICT"), texts })).toBe("c");
    expect(actionFailureText({ messages: en, error: refusal("BAD_REQUEST"), texts })).toBe("i");
    expect(actionFailureText({ messages: en, error: new TypeError("Failed to fetch"), texts })).toBe(en.errors.network);
    expect(actionFailureText({ messages: en, error: refusal("INTERNAL_SERVER_ERROR"), texts })).toBe(en.errors.unexpected);
  });

  it("names a missing service only where the page has words for it", () => {
    expect(actionFailureText({ messages: en, error: refusal("PRECONDITION_FAILED"), texts })).toBe(en.errors.unexpected);
    expect(actionFailureText({ messages: en, error: refusal("PRECONDITION_FAILED"), texts: { ...texts, notConfigured: "set LIVEKIT_URL" } })).toBe("set LIVEKIT_URL");
  });

  it("says the same for every refusal where a page has one text for them all, and the app's words for the rest", () => {
    const texts = sameRefusalText("not saved");
    for (const code of ["CONFLICT", "NOT_FOUND", "FORBIDDEN", "BAD_REQUEST"]) expect(actionFailureText({ messages: en, error: refusal(code), texts })).toBe("not saved");
    expect(actionFailureText({ messages: en, error: new TypeError("Failed to fetch"), texts })).toBe(en.errors.network);
  });
});
