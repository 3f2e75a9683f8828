import { TRPCClientError } from "@trpc/client";
import { describe, expect, it } from "vitest";
import { checkLoginForm, loginFailureOf } from "./login-form.ts";

function trpcError(code: string) {
  return new TRPCClientError("refused", { result: { error: { message: "refused", code: -32001, data: { code } } } });
}

describe("checkLoginForm", () => {
  it("asks for every empty field at once", () => {
    expect(checkLoginForm({ schoolCode: " ", username: "", password: "" })).toEqual({
      problems: { schoolCode: "required", username: "required", password: "required" },
    });
  });

  it("normalises the school code and username the way the server does", () => {
    expect(checkLoginForm({ schoolCode: " Demo ", username: "Teacher1", password: "demo-pass-1234" })).toEqual({
      input: { schoolCode: "demo", username: "teacher1", password: "demo-pass-1234" },
    });
  });
});

describe("loginFailureOf", () => {
  it("tells wrong credentials, rate limiting and network trouble apart", () => {
    expect(loginFailureOf(trpcError("UNAUTHORIZED"))).toBe("wrongCredentials");
    expect(loginFailureOf(trpcError("TOO_MANY_REQUESTS"))).toBe("rateLimited");
    expect(loginFailureOf(new TRPCClientError("fetch failed"))).toBe("network");
    expect(loginFailureOf(trpcError("INTERNAL_SERVER_ERROR"))).toBe("unexpected");
  });
});
