// Turns a file's bytes into text, whatever Excel saved it as. UTF-8 (with or without BOM) is what
// we ask for; UTF-16 ("Unicode Text") and Windows-1256 (Excel's "CSV" in a Persian or Arabic
// Windows) are recognised and converted; anything else is refused with a message that says how to
// save the file. Decoding is streaming: only the first chunk is looked at to decide.
import { isUtf8 } from "node:buffer";
import iconv from "iconv-lite";
import { RosterInputError } from "../input/roster-input-error.ts";

export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1256";

const SAMPLE_BYTES = 64 * 1024;
const ARABIC_SCRIPT = /[\u0600-\u06FF\u0750-\u077F\u200C-\u200F\uFB50-\uFDFF\uFE70-\uFEFF]/g;
const NON_ASCII = /[^\x00-\x7F]/g;

/** Decides the encoding from the first bytes of a file. */
export function detectEncoding(sample: Uint8Array, fileName: string): { encoding: TextEncoding; bomLength: number } {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return { encoding: "utf-8", bomLength: 3 };
  if (sample[0] === 0xff && sample[1] === 0xfe) return { encoding: "utf-16le", bomLength: 2 };
  if (sample[0] === 0xfe && sample[1] === 0xff) return { encoding: "utf-16be", bomLength: 2 };
  const utf16 = guessUtf16WithoutBom(sample);
  if (utf16) return { encoding: utf16, bomLength: 0 };
  if (isUtf8Sample(sample)) return { encoding: "utf-8", bomLength: 0 };
  if (looksLikeWindows1256(sample)) return { encoding: "windows-1256", bomLength: 0 };
  throw new RosterInputError({ file: fileName, code: "notText", args: [fileName] });
}

/** ASCII in UTF-16 has a zero in every other byte; Persian letters have 0x06 there. */
function guessUtf16WithoutBom(sample: Uint8Array): TextEncoding | null {
  const pairs = Math.floor(Math.min(sample.length, 4096) / 2);
  if (pairs < 4) return null;
  let highOdd = 0;
  let highEven = 0;
  let zeroOdd = 0;
  let zeroEven = 0;
  for (let i = 0; i < pairs; i++) {
    const even = sample[2 * i]!;
    const odd = sample[2 * i + 1]!;
    if (odd === 0 || odd === 0x06) highOdd++;
    if (even === 0 || even === 0x06) highEven++;
    if (odd === 0) zeroOdd++;
    if (even === 0) zeroEven++;
  }
  if (highOdd > pairs * 0.6 && zeroEven < pairs * 0.05 && zeroOdd > 0) return "utf-16le";
  if (highEven > pairs * 0.6 && zeroOdd < pairs * 0.05 && zeroEven > 0) return "utf-16be";
  return null;
}

function isUtf8Sample(sample: Uint8Array): boolean {
  const bytes = Buffer.from(sample.buffer, sample.byteOffset, sample.byteLength);
  // A character cut off at the end of the sample is not an error.
  return isUtf8(bytes.subarray(0, wholeCharacterLength(bytes)));
}

/** Most non-ASCII characters decode to Arabic-script letters: Persian or Arabic in Windows-1256. */
function looksLikeWindows1256(sample: Uint8Array): boolean {
  const text = iconv.decode(Buffer.from(sample.buffer, sample.byteOffset, sample.byteLength), "windows-1256");
  const nonAscii = text.match(NON_ASCII)?.length ?? 0;
  const arabic = text.match(ARABIC_SCRIPT)?.length ?? 0;
  return nonAscii > 0 && arabic >= nonAscii * 0.7;
}

/** Lines (LF) in a buffer, for saying where a problem is. */
function countLines(bytes: Buffer): number {
  let count = 0;
  for (let index = bytes.indexOf(10); index >= 0; index = bytes.indexOf(10, index + 1)) count++;
  return count;
}

/** How many leading bytes of `bytes` are whole UTF-8 characters (a chunk may end inside one). */
function wholeCharacterLength(bytes: Buffer): number {
  let index = bytes.length - 1;
  let continuation = 0;
  while (index >= 0 && continuation < 3 && (bytes[index]! & 0xc0) === 0x80) {
    index--;
    continuation++;
  }
  if (index < 0) return bytes.length;
  const lead = bytes[index]!;
  const needed = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  return bytes.length - index < needed ? index : bytes.length;
}

export type Utf8Text = { encoding: TextEncoding; chunks: AsyncIterable<Buffer> };

/**
 * Streams a file as UTF-8 bytes. The first 64 KiB decide the encoding; a byte order mark is
 * dropped; UTF-8 is checked as it passes (and refused with the line where it breaks), other
 * encodings are converted. `onBytes` hears how many input bytes were consumed (for progress).
 */
export async function toUtf8({
  bytes,
  fileName,
  onBytes,
}: {
  bytes: AsyncIterable<Buffer>;
  fileName: string;
  onBytes?: (count: number) => void;
}): Promise<Utf8Text> {
  const iterator = bytes[Symbol.asyncIterator]();
  let head: Buffer = Buffer.alloc(0);
  let isDone = false;
  while (head.length < SAMPLE_BYTES) {
    const next = await iterator.next();
    if (next.done) {
      isDone = true;
      break;
    }
    head = head.length === 0 ? next.value : Buffer.concat([head, next.value]);
  }
  const { encoding, bomLength } = detectEncoding(head, fileName);
  async function* raw(): AsyncGenerator<Buffer> {
    onBytes?.(head.length);
    yield head.subarray(bomLength);
    if (isDone) return;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      onBytes?.(next.value.length);
      yield next.value;
    }
  }
  if (encoding === "utf-8") return { encoding, chunks: checkedUtf8(raw(), fileName) };
  const decoder = iconv.getDecoder(encoding);
  // Windows-1256 has no Persian yeh (ی): Persian Windows writes the Arabic one (ي, or ى) instead.
  const persianYeh = encoding === "windows-1256" ? (text: string) => text.replace(/[\u064A\u0649]/g, "\u06CC") : (text: string) => text;
  async function* converted(): AsyncGenerator<Buffer> {
    for await (const chunk of raw()) {
      const text = decoder.write(chunk);
      if (text) yield Buffer.from(persianYeh(text), "utf8");
    }
    const rest = decoder.end();
    if (rest) yield Buffer.from(persianYeh(rest), "utf8");
  }
  return { encoding, chunks: converted() };
}

async function* checkedUtf8(chunks: AsyncIterable<Buffer>, fileName: string): AsyncGenerator<Buffer> {
  let carry: Buffer = Buffer.alloc(0);
  let lines = 1;
  const refuse = (bytes: Buffer): never => {
    const text = bytes.toString("utf8");
    const bad = text.indexOf("\uFFFD");
    const line = lines + ((bad < 0 ? text : text.slice(0, bad)).match(/\n/g)?.length ?? 0);
    throw new RosterInputError({ file: fileName, line, code: "stopsBeingUtf8", args: [fileName, String(line)] });
  };
  for await (const chunk of chunks) {
    const bytes = carry.length === 0 ? chunk : Buffer.concat([carry, chunk]);
    const whole = wholeCharacterLength(bytes);
    const ready = bytes.subarray(0, whole);
    if (!isUtf8(ready)) refuse(ready);
    carry = Buffer.from(bytes.subarray(whole));
    lines += countLines(ready);
    if (ready.length > 0) yield ready;
  }
  if (carry.length > 0) refuse(carry);
}
