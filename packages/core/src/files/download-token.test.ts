import { describe, expect, it } from "vitest";
import { isValidDownload, signDownload } from "./download-token.ts";

describe("download links", () => {
  const secret = "s".repeat(32);
  it("accept their own file until they expire", () => {
    const now = Date.now();
    const { expires, signature } = signDownload({ secret, fileId: "f1", now });
    expect(isValidDownload({ secret, fileId: "f1", expires, signature, now })).toBe(true);
    expect(isValidDownload({ secret, fileId: "f1", expires, signature, now: (expires + 1) * 1000 })).toBe(false);
  });
  it("refuse another file, a changed expiry and another secret", () => {
    const { expires, signature } = signDownload({ secret, fileId: "f1" });
    expect(isValidDownload({ secret, fileId: "f2", expires, signature })).toBe(false);
    expect(isValidDownload({ secret, fileId: "f1", expires: expires + 60, signature })).toBe(false);
    expect(isValidDownload({ secret: "t".repeat(32), fileId: "f1", expires, signature })).toBe(false);
  });
});
