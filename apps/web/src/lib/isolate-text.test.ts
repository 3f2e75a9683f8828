import { describe, expect, it } from "vitest";
import { isolateText } from "./isolate-text.ts";

describe("isolateText", () => {
  it("wraps the text in a first-strong isolate and its pop", () => {
    expect(isolateText("7-A")).toBe("\u20687-A\u2069");
    expect([...isolateText("خانم رضایی")].at(0)).toBe("\u2068");
  });
});
