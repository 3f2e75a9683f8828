import { describe, expect, it } from "vitest";
import { sniffFileKind } from "./sniff-file-kind.ts";
import { sampleDocx, sampleElf, sampleJpeg, samplePdf, samplePng } from "./testing/sample-files.ts";

const sniff = (bytes: Buffer | number[] | string, isWholeFile = true) =>
  sniffFileKind(typeof bytes === "string" ? Buffer.from(bytes, "latin1") : Buffer.from(bytes), { isWholeFile });
const kinds = (...list: string[]) => ({ verdict: "kinds", kinds: list });

describe("sniffFileKind", () => {
  it("recognises documents and images by their signatures", () => {
    expect(sniff(samplePdf())).toEqual(kinds("pdf"));
    expect(sniff(Buffer.concat([Buffer.alloc(300, 0x20), samplePdf()]))).toEqual(kinds("pdf"));
    expect(sniff(samplePng())).toEqual(kinds("png"));
    expect(sniff(sampleJpeg())).toEqual(kinds("jpeg"));
    expect(sniff("GIF89a\x01\x00\x01\x00")).toEqual(kinds("gif"));
    expect(sniff("RIFF\x24\x00\x00\x00WEBPVP8 ")).toEqual(kinds("webp"));
    expect(sniff(sampleDocx())).toEqual({ verdict: "zip" });
  });

  it("recognises recordings and videos", () => {
    expect(sniff("ID3\x04\x00\x00\x00\x00\x00\x00")).toEqual(kinds("mp3"));
    expect(sniff([0xff, 0xfb, 0x90, 0x64])).toEqual(kinds("mp3"));
    expect(sniff("\x00\x00\x00\x20ftypM4A \x00\x00\x00\x00")).toEqual(kinds("m4a", "mp4"));
    expect(sniff("\x00\x00\x00\x20ftypisom\x00\x00\x02\x00")).toEqual(kinds("mp4", "m4a"));
    expect(sniff("OggS\x00\x02")).toEqual(kinds("ogg"));
    expect(sniff("\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01\x42\x82\x84webm")).toEqual(kinds("webm"));
  });

  it("names the common files it never accepts", () => {
    expect(sniff(sampleElf())).toEqual({ verdict: "foreign", label: "a Linux program" });
    expect(sniff(Buffer.concat([Buffer.from("MZ\x90\x00", "latin1"), Buffer.alloc(60)]))).toEqual({ verdict: "foreign", label: "a Windows program" });
    expect(sniff("\x00\x00\x00\x18ftypheic\x00\x00\x00\x00")).toEqual({ verdict: "foreign", label: "a HEIC photo" });
    expect(sniff("\x00\x00\x00\x14ftypqt  \x00\x00\x00\x00")).toEqual({ verdict: "foreign", label: "a QuickTime (.mov) video" });
    expect(sniff([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0])).toMatchObject({ label: expect.stringContaining("old-format Office file") });
  });

  it("takes UTF-8 text (Persian included) as text or CSV", () => {
    expect(sniff(Buffer.from("name,score\nسارا,۱۹\n"))).toEqual(kinds("text", "csv"));
    expect(sniff(Buffer.from("\ufeffwith a byte order mark\r\n"))).toEqual(kinds("text", "csv"));
  });

  it("still reads a note that starts like a bitmap or a program as text", () => {
    expect(sniff(Buffer.from("BMI results for class 7\n"))).toEqual(kinds("text", "csv"));
    expect(sniff(Buffer.from("MZ notes\n"))).toEqual(kinds("text", "csv"));
  });

  it("refuses text with NULs or invalid UTF-8", () => {
    expect(sniff(Buffer.from("abc\0def"))).toEqual({ verdict: "foreign", label: "in a format Zang does not recognise" });
    expect(sniff(Buffer.from([0x61, 0xc3, 0x28]))).toMatchObject({ verdict: "foreign" });
  });

  it("forgives a character cut in two at the end of the sniffed window, but not at the end of the file", () => {
    const cut = Buffer.from("سلام").subarray(0, 3);
    expect(sniff(cut, false)).toEqual(kinds("text", "csv"));
    expect(sniff(cut, true)).toMatchObject({ verdict: "foreign" });
  });
});
