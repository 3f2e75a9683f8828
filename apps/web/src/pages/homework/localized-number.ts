// Persian keyboards type Persian digits (۱۸٫۵) and some Arabic-Indic ones (١٨٫٥); points fields
// accept them as readily as 18.5.
const DIGIT_BLOCKS = [0x06f0, 0x0660];
const DECIMAL_SEPARATORS = /[٫.]/;

/** A non-negative decimal typed in any of those digits, or null when it is not one. */
export function parseLocalizedNumber(text: string): number | null {
  let latin = "";
  for (const char of text.trim()) {
    const code = char.codePointAt(0)!;
    const block = DIGIT_BLOCKS.find((start) => code >= start && code <= start + 9);
    latin += block === undefined ? (DECIMAL_SEPARATORS.test(char) ? "." : char) : String(code - block);
  }
  return /^\d+(\.\d+)?$/.test(latin) ? Number(latin) : null;
}
