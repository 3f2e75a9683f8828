// "Byte strings": UTF-8 bytes held in a JavaScript string one byte per character (latin1). The
// importer parses and checks rows in this form because it is several times faster than decoding
// (ASCII fields — ids, roles, dates — read the same either way) and because the bytes go on to
// PostgreSQL's COPY unchanged. Convert at the edges only: messages and values shown to people.
export function toText(byteString: string): string {
  return isAscii(byteString) ? byteString : Buffer.from(byteString, "latin1").toString("utf8");
}

export function fromText(text: string): string {
  return isAscii(text) ? text : Buffer.from(text, "utf8").toString("latin1");
}

const NON_ASCII = /[^\x00-\x7F]/;

export function isAscii(text: string): boolean {
  return !NON_ASCII.test(text);
}

const ASCII_UPPER = /[A-Z]/g;

/** Lower-cases ASCII letters only (others would break the UTF-8 sequences of a byte string). */
export function asciiLower(byteString: string): string {
  return byteString.replace(ASCII_UPPER, (letter) => String.fromCharCode(letter.charCodeAt(0) + 32));
}

/** Trims ASCII whitespace only: U+00A0, which `trim()` removes, is a UTF-8 continuation byte here. */
export function asciiTrim(byteString: string): string {
  let start = 0;
  let end = byteString.length;
  while (start < end && isAsciiSpace(byteString.charCodeAt(start))) start++;
  while (end > start && isAsciiSpace(byteString.charCodeAt(end - 1))) end--;
  return start === 0 && end === byteString.length ? byteString : byteString.slice(start, end);
}

function isAsciiSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13);
}

// Persian digits U+06F0–U+06F9 are DB B0–DB B9 in UTF-8; Arabic-Indic U+0660–U+0669 are D9 A0–D9 A9.
const HAS_NATIVE_DIGIT = /\xDB[\xB0-\xB9]|\xD9[\xA0-\xA9]/;
const NATIVE_DIGITS = /\xDB([\xB0-\xB9])|\xD9([\xA0-\xA9])/g;

/** Persian and Arabic-Indic digits (as Excel in a Persian locale writes them) to ASCII, in a byte string. */
export function asciiDigits(byteString: string): string {
  if (!HAS_NATIVE_DIGIT.test(byteString)) return byteString;
  return byteString.replace(NATIVE_DIGITS, (_match, persian: string | undefined, arabic: string | undefined) =>
    persian ? String(persian.charCodeAt(0) - 0xb0) : String(arabic!.charCodeAt(0) - 0xa0),
  );
}
