import { describe, expect, it } from "vitest";
import { formatUnreadCount } from "./format-unread.ts";

describe("formatUnreadCount", () => {
  it("shows the count in the reader's digits, and 999+ at the server's cap", () => {
    expect(formatUnreadCount(3, "en")).toBe("3");
    expect(formatUnreadCount(3, "fa")).toBe("۳");
    expect(formatUnreadCount(999, "en")).toBe("999+");
    expect(formatUnreadCount(999, "fa")).toBe("۹۹۹+");
  });
});
