import { describe, expect, it } from "vitest";
import { groupLoginCode } from "./group-login-code.ts";

describe("groupLoginCode", () => {
  it("shows a ten-symbol code as two groups of five", () => {
    expect(groupLoginCode("7K3QZ9M2PX")).toBe("7K3QZ-9M2PX");
  });

  it("leaves anything else as it is", () => {
    expect(groupLoginCode("ABC")).toBe("ABC");
  });
});
