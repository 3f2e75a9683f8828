import { FileRejectedError } from "./errors.ts";

export const MAX_FILE_NAME_LENGTH = 200;

/**
 * Bidi embeddings, overrides and isolates can show "gpj.exe" as "exe.jpg"; a BOM or a line or
 * paragraph separator has no business in a name. The zero-width non-joiner (U+200C) and joiner
 * (U+200D) stay: Persian words and emoji need them.
 */
const INVISIBLE_TRICKS = /[\u202A-\u202E\u2066-\u2069\uFEFF\u2028\u2029]/gu;
const CONTROL_CHARACTERS = /\p{Cc}/gu;
const LONE_SURROGATES = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Characters Windows cannot save in a name; replaced so a downloaded copy keeps its name. */
const WINDOWS_RESERVED = /[<>:"|?*]/g;

const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/**
 * Turns the name a browser sent into one that is safe to store and show: NFC-normalised, without
 * control or bidi-override characters, without leading dots or trailing dots and spaces, and at
 * most 200 UTF-16 units long (cut between whole characters, keeping the extension). Persian
 * letters, ZWNJ and emoji are kept.
 *
 * A name with a folder in it (`/`, `\` or a `..` name) is refused rather than cut down to its last
 * part: browsers send bare names, so a path means a hand-made request, and "passwd" silently
 * standing in for "../../etc/passwd" would hide that.
 */
export function sanitizeFileName(name: string): string {
  const normalized = name.normalize("NFC");
  if (/[/\\]/.test(normalized) || normalized.trim() === ".." || normalized.trim() === ".") {
    throw new FileRejectedError({
      reason: "bad_name",
      message: 'The file name must not contain folders ("/", "\\" or ".."). Rename the file and try again.',
    });
  }
  const cleaned = normalized
    .replace(LONE_SURROGATES, "\uFFFD")
    .replace(INVISIBLE_TRICKS, "")
    .replace(CONTROL_CHARACTERS, " ")
    .replace(WINDOWS_RESERVED, "_")
    .replace(/\s+/gu, " ")
    .replace(/^[\s.]+/u, "")
    .replace(/[\s.]+$/u, "");
  if (cleaned === "") {
    throw new FileRejectedError({ reason: "bad_name", message: "The file needs a name. Rename the file and try again." });
  }
  return truncateName(cleaned, MAX_FILE_NAME_LENGTH);
}

function truncateName(name: string, maxLength: number): string {
  if (name.length <= maxLength) return name;
  const dot = name.lastIndexOf(".");
  const extension = dot > 0 && name.length - dot <= 16 ? name.slice(dot) : "";
  const stem = extension ? name.slice(0, dot) : name;
  let kept = "";
  for (const { segment } of segmenter.segment(stem)) {
    if (kept.length + segment.length + extension.length > maxLength) break;
    kept += segment;
  }
  return kept.trimEnd() + extension;
}
