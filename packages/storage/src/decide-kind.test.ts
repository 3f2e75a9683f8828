import { describe, expect, it } from "vitest";
import { decideKind } from "./decide-kind.ts";
import { describeKinds, extensionOf, type FileKind } from "./file-kinds.ts";
import { formatBytes } from "./upload-inspection.ts";

const claim = (extension: string, allowed: FileKind[], declaredType?: string) => ({ extension, allowed, declaredType });

describe("decideKind", () => {
  it("lets the extension choose between kinds the bytes allow", () => {
    expect(decideKind(["text", "csv"], claim("csv", ["text", "csv"]))).toBe("csv");
    expect(decideKind(["text", "csv"], claim("txt", ["text", "csv"]))).toBe("text");
    expect(decideKind(["mp4", "m4a"], claim("m4a", ["m4a"]))).toBe("m4a");
  });

  it("uses the declared type only when the name has no extension", () => {
    expect(decideKind(["text", "csv"], claim("", ["text", "csv"], "text/csv"))).toBe("csv");
    expect(decideKind(["text", "csv"], claim("", ["text", "csv"]))).toBe("text");
    expect(decideKind(["text", "csv"], claim("txt", ["text", "csv"], "text/csv"))).toBe("text");
  });

  it("names the kind it found when the policy leaves it out", () => {
    expect(() => decideKind(["mp3"], claim("pdf", ["pdf"]))).toThrow("Only PDF files can be uploaded; this file is an MP3 recording.");
    expect(() => decideKind(["csv", "text"], claim("csv", ["text"]))).toThrow("this file is a CSV file");
  });
});

describe("describeKinds", () => {
  it("says the allow-list as a person would", () => {
    expect(describeKinds(["pdf", "png", "jpeg", "docx", "xlsx", "pptx", "text", "csv"])).toBe("PDF, images, Word/Excel/PowerPoint and text");
    expect(describeKinds(["docx", "pdf"])).toBe("PDF and Word");
    expect(describeKinds(["mp3", "mp4"])).toBe("audio and video");
  });
});

describe("extensionOf", () => {
  it("finds a real extension and ignores version numbers", () => {
    expect(extensionOf("Essay.PDF")).toBe("pdf");
    expect(extensionOf("Chapter 3.2")).toBe("");
    expect(extensionOf("notes")).toBe("");
    expect(extensionOf("archive.tar.gz")).toBe("gz");
  });
});

describe("formatBytes", () => {
  it("writes limits the way file managers do", () => {
    expect(formatBytes(20 * 1024 * 1024)).toBe("20 MB");
    expect(formatBytes(1.5 * 1024 * 1024)).toBe("1.5 MB");
    expect(formatBytes(512 * 1024)).toBe("512 KB");
    expect(formatBytes(300)).toBe("300 bytes");
  });
});
