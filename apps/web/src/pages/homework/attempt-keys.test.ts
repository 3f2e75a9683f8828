import { describe, expect, it } from "vitest";
import { createAttemptKeys } from "./attempt-keys.ts";

function counter() {
  let next = 0;
  return () => `key-${++next}`;
}

describe("createAttemptKeys", () => {
  it("reuses the key when the same work is retried", () => {
    const keys = createAttemptKeys(counter());
    expect(keys.keyFor("answer")).toBe("key-1");
    expect(keys.keyFor("answer")).toBe("key-1");
  });

  it("starts a new attempt when the work changes or after a success", () => {
    const keys = createAttemptKeys(counter());
    expect(keys.keyFor("answer")).toBe("key-1");
    expect(keys.keyFor("better answer")).toBe("key-2");
    keys.clear();
    expect(keys.keyFor("better answer")).toBe("key-3");
  });
});
