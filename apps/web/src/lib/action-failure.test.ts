import { TRPCClientError } from "@trpc/client";
import { describe, expect, it } from "vitest";
import { actionFailureOf } from "./action-failure.ts";

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
