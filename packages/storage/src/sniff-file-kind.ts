import type { FileKind } from "./file-kinds.ts";

/**
 * What the first bytes say a file is. We read signatures ourselves instead of using `file-type`:
 * we need a dozen formats, want to name the common refused ones in the error ("a Windows
 * program", "a HEIC photo"), and the check must not depend on a package's idea of "probably".
 */
export type SniffedType =
  /** The bytes fit these kinds; the name's extension picks among them. */
  | { verdict: "kinds"; kinds: readonly FileKind[] }
  /** A ZIP container: Word/Excel/PowerPoint or a plain archive, known only from its entry names. */
  | { verdict: "zip" }
  /** Something we recognise but never accept, or nothing we recognise; `label` reads "this file is …". */
  | { verdict: "foreign"; label: string };

/** How many leading bytes the sniffer looks at (text is validated over this window). */
export const SNIFF_BYTES = 4096;

const UNRECOGNISED = "in a format Zang does not recognise";

const FOREIGN_SIGNATURES: ReadonlyArray<{ at: number; bytes: readonly number[]; label: string }> = [
  { at: 0, bytes: ascii("MZ"), label: "a Windows program" },
  { at: 0, bytes: [0x7f, 0x45, 0x4c, 0x46], label: "a Linux program" },
  { at: 0, bytes: [0xcf, 0xfa, 0xed, 0xfe], label: "a macOS program" },
  { at: 0, bytes: [0xca, 0xfe, 0xba, 0xbe], label: "a macOS program" },
  { at: 0, bytes: ascii("Rar!"), label: "a RAR archive" },
  { at: 0, bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], label: "a 7-Zip archive" },
  { at: 0, bytes: [0x1f, 0x8b], label: "a gzip archive" },
  // Users meet this one often: tell them what to do about it.
  { at: 0, bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], label: "an old-format Office file (save it as .docx, .xlsx or .pptx)" },
  { at: 0, bytes: ascii("BM"), label: "a BMP image" },
  { at: 0, bytes: ascii("II*\0"), label: "a TIFF image" },
  { at: 0, bytes: ascii("MM\0*"), label: "a TIFF image" },
  { at: 0, bytes: ascii("%!PS"), label: "a PostScript file" },
  { at: 0, bytes: ascii("fLaC"), label: "a FLAC recording" },
];

/**
 * Sniffs `head`, the first bytes of a file. `isWholeFile` says that `head` is all there is, so a
 * short head is a short file rather than a signature still to come.
 */
export function sniffFileKind(head: Uint8Array, { isWholeFile }: { isWholeFile: boolean }): SniffedType {
  const kinds = (...list: FileKind[]): SniffedType => ({ verdict: "kinds", kinds: list });

  if (indexOf(head.subarray(0, 1024), ascii("%PDF-")) !== -1) return kinds("pdf"); // readers accept junk before it
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return kinds("png");
  if (startsWith(head, [0xff, 0xd8, 0xff])) return kinds("jpeg");
  if (startsWith(head, ascii("GIF87a")) || startsWith(head, ascii("GIF89a"))) return kinds("gif");
  if (startsWith(head, ascii("RIFF"))) return sniffRiff(head);
  if (startsWith(head, ascii("PK\x03\x04"))) return { verdict: "zip" };
  if (startsWith(head, ascii("OggS"))) return kinds("ogg");
  if (startsWith(head, [0x1a, 0x45, 0xdf, 0xa3])) return sniffEbml(head);
  if (matchesAt(head, 4, ascii("ftyp"))) return sniffIsoMedia(head);
  if (isId3Tag(head) || isMp3FrameHeader(head)) return kinds("mp3");

  // Text before the short signatures below: a note that starts with "BM" or "MZ" is still a note,
  // while real programs and bitmaps carry NULs in their first bytes.
  if (isPlainText(head, isWholeFile)) return kinds("text", "csv");
  for (const { at, bytes, label } of FOREIGN_SIGNATURES) {
    if (matchesAt(head, at, bytes)) return { verdict: "foreign", label };
  }
  return { verdict: "foreign", label: UNRECOGNISED };
}

function sniffRiff(head: Uint8Array): SniffedType {
  if (matchesAt(head, 8, ascii("WEBP"))) return { verdict: "kinds", kinds: ["webp"] };
  if (matchesAt(head, 8, ascii("WAVE"))) return { verdict: "foreign", label: "a WAV recording" };
  if (matchesAt(head, 8, ascii("AVI "))) return { verdict: "foreign", label: "an AVI video" };
  return { verdict: "foreign", label: UNRECOGNISED };
}

/** WebM and Matroska share the EBML header; the DocType element near the start tells them apart. */
function sniffEbml(head: Uint8Array): SniffedType {
  const header = head.subarray(0, 64);
  if (indexOf(header, ascii("webm")) !== -1) return { verdict: "kinds", kinds: ["webm"] };
  if (indexOf(header, ascii("matroska")) !== -1) return { verdict: "foreign", label: "a Matroska (.mkv) video" };
  return { verdict: "foreign", label: UNRECOGNISED };
}

/** ISO base media (MP4, M4A, MOV, HEIC) — the major brand after `ftyp` says which. */
function sniffIsoMedia(head: Uint8Array): SniffedType {
  const brand = String.fromCharCode(...head.subarray(8, 12));
  if (brand === "M4A " || brand === "M4B ") return { verdict: "kinds", kinds: ["m4a", "mp4"] };
  if (brand === "qt  ") return { verdict: "foreign", label: "a QuickTime (.mov) video" };
  if (["heic", "heix", "mif1", "msf1", "hevc"].includes(brand)) return { verdict: "foreign", label: "a HEIC photo" };
  if (brand === "avif") return { verdict: "foreign", label: "an AVIF image" };
  if (brand.startsWith("3g")) return { verdict: "foreign", label: "a 3GP video" };
  return { verdict: "kinds", kinds: ["mp4", "m4a"] };
}

/** "ID3" and a major version 2–4 (so a note that starts with "ID3" is not taken for a song). */
function isId3Tag(head: Uint8Array): boolean {
  return startsWith(head, ascii("ID3")) && head[3] !== undefined && head[3] >= 2 && head[3] <= 4;
}

/** An MPEG-1/2 Layer III frame header: 11 sync bits, then layer bits 01. */
function isMp3FrameHeader(head: Uint8Array): boolean {
  const [first, second] = head;
  return first === 0xff && second !== undefined && (second & 0xe0) === 0xe0 && (second & 0x06) === 0x02;
}

/**
 * UTF-8 text without NULs or other control characters besides tab, newlines and form feed.
 * Only the window is checked: a text file is stored and served as text/plain with `nosniff`, so
 * odd bytes further on cannot turn it into something a browser would run.
 */
function isPlainText(head: Uint8Array, isWholeFile: boolean): boolean {
  const window = head.subarray(0, SNIFF_BYTES);
  for (const byte of window) {
    const isControl = byte < 0x20 || byte === 0x7f;
    if (isControl && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) return false;
  }
  try {
    // `stream: true` forgives a character cut in two at the window's end — unless the file ends there.
    new TextDecoder("utf-8", { fatal: true }).decode(window, { stream: !isWholeFile || window.length < head.length });
    return true;
  } catch {
    return false;
  }
}

function ascii(text: string): number[] {
  return Array.from(text, (char) => char.charCodeAt(0));
}

function startsWith(head: Uint8Array, bytes: readonly number[]): boolean {
  return matchesAt(head, 0, bytes);
}

function matchesAt(head: Uint8Array, at: number, bytes: readonly number[]): boolean {
  if (head.length < at + bytes.length) return false;
  return bytes.every((byte, i) => head[at + i] === byte);
}

function indexOf(haystack: Uint8Array, needle: readonly number[]): number {
  return Buffer.from(haystack.buffer, haystack.byteOffset, haystack.byteLength).indexOf(Uint8Array.from(needle));
}
