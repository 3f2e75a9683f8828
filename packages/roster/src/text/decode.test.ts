import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { detectEncoding, toUtf8 } from "./decode.ts";

async function collect(bytes: Buffer, chunkSize = 7): Promise<string> {
  async function* chunks() {
    for (let i = 0; i < bytes.length; i += chunkSize) yield bytes.subarray(i, i + chunkSize);
  }
  const { chunks: out } = await toUtf8({ bytes: chunks(), fileName: "f.csv" });
  const parts: Buffer[] = [];
  for await (const chunk of out) parts.push(chunk);
  return Buffer.concat(parts).toString("utf8");
}

describe("encodings", () => {
  it("recognises UTF-8 with and without BOM, UTF-16 with BOM and without, and Windows-1256", () => {
    const text = "نام,کلاس\r\nزهرا,7-A\r\n";
    expect(detectEncoding(Buffer.from(`\uFEFF${text}`), "f")).toEqual({ encoding: "utf-8", bomLength: 3 });
    expect(detectEncoding(Buffer.from(text), "f")).toEqual({ encoding: "utf-8", bomLength: 0 });
    expect(detectEncoding(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, "utf-16le")]), "f")).toEqual({ encoding: "utf-16le", bomLength: 2 });
    expect(detectEncoding(iconv.encode(text, "utf-16le"), "f")).toEqual({ encoding: "utf-16le", bomLength: 0 });
    expect(detectEncoding(iconv.encode(text, "utf-16be"), "f")).toEqual({ encoding: "utf-16be", bomLength: 0 });
    expect(detectEncoding(iconv.encode(text, "windows-1256"), "f")).toEqual({ encoding: "windows-1256", bomLength: 0 });
  });

  it("converts to UTF-8 across chunk boundaries that split characters", async () => {
    const text = "نام,کلاس\r\nزهرا,هفتم\r\n";
    expect(await collect(Buffer.from(`\uFEFF${text}`))).toBe(text);
    expect(await collect(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, "utf-16le")]))).toBe(text);
  });

  it("names the line where UTF-8 text breaks further into the file", async () => {
    const good = Buffer.from("a,b\n".repeat(30_000));
    const bad = Buffer.concat([good, Buffer.from("x,\xff\xfe\n", "latin1")]);
    await expect(collect(bad, 4096)).rejects.toThrow(/f.csv stops being UTF-8 text on line 30001\. In Excel choose File › Save As/);
  });
});
