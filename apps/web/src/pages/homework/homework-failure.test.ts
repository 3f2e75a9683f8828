import { TRPCClientError } from "@trpc/client";
import { describe, expect, it } from "vitest";
import { homeworkFailureOf } from "./homework-failure.ts";

function refusal(code: string) {
  return TRPCClientError.from({ error: { code: -32600, message: "refused", data: { code } } });
}

describe("homeworkFailureOf", () => {
  it("tells the server's refusals apart", () => {
    expect(homeworkFailureOf(refusal("CONFLICT"))).toBe("conflict");
    expect(homeworkFailureOf(refusal("NOT_FOUND"))).toBe("notFound");
    expect(homeworkFailureOf(refusal("FORBIDDEN"))).toBe("forbidden");
    expect(homeworkFailureOf(refusal("BAD_REQUEST"))).toBe("invalid");
    expect(homeworkFailureOf(refusal("INTERNAL_SERVER_ERROR"))).toBe("unexpected");
  });

  it("treats a failure without an answer as network trouble", () => {
    expect(homeworkFailureOf(new TypeError("Failed to fetch"))).toBe("network");
  });
});
