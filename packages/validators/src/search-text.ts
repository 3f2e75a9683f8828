// How message text is compared when searching. People type Persian on keyboards that give Arabic
// letters (ي for ی, ك for ک), with or without the zero-width non-joiner (می‌روم, میروم), with
// Persian, Arabic or Latin digits and, now and then, vowel marks; a search must find the message
// whichever way it was typed. The browser folds text with `searchableText` (to highlight); the
// database matches a pattern made from the same table (`searchPattern`), so the two agree.

/** Characters searched as another: Arabic letter forms and digits, in pairs [typed, searched as]. */
const FOLDED: ReadonlyArray<readonly [string, string]> = [
  ["ي", "ی"],
  ["ى", "ی"],
  ["ئ", "ی"],
  ["ك", "ک"],
  ["ۀ", "ه"],
  ["ة", "ه"],
  ["أ", "ا"],
  ["إ", "ا"],
  ["آ", "ا"],
  ["ؤ", "و"],
  ..."۰۱۲۳۴۵۶۷۸۹".split("").map((digit, value) => [digit, String(value)] as const),
  ..."٠١٢٣٤٥٦٧٨٩".split("").map((digit, value) => [digit, String(value)] as const),
];

/** Characters left out: zero-width joiners and non-joiners, the tatweel, Arabic vowel marks. */
const IGNORED = ["\u200c", "\u200d", "\u0640", ..."\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0653\u0654\u0655\u0670"];

const FOLD = new Map<string, string>(FOLDED);
const IGNORE = new Set(IGNORED);

const WHITESPACE = /\s/;
const COMBINING_MARK = /\p{M}/u;

/**
 * `text` as searched: folded, without ignored characters, in lower case, each run of white space
 * one space; with, for each character of the result, the index in `text` of the character it
 * came from (to highlight a match).
 */
export function searchableText(text: string): { text: string; sourceIndex: number[] } {
  let result = "";
  const sourceIndex: number[] = [];
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (IGNORE.has(char)) continue;
    if (WHITESPACE.test(char)) {
      if (!result.endsWith(" ")) {
        result += " ";
        sourceIndex.push(index);
      }
      continue;
    }
    const lower = (FOLD.get(char) ?? char).toLowerCase();
    // A character's lower case is, rarely, two code units (İ → i̇): each maps back to it.
    for (let unit = 0; unit < lower.length; unit++) sourceIndex.push(index);
    result += lower;
  }
  return { text: result, sourceIndex };
}

const ARE_SPECIAL = /[\\^$.|?*+()[\]{}]/g;

/** For each folded character, every character folded to it (itself first). */
const FOLDED_FROM = new Map<string, string>();
for (const [typed, searchedAs] of FOLDED) FOLDED_FROM.set(searchedAs, (FOLDED_FROM.get(searchedAs) ?? searchedAs) + typed);

const IGNORED_RUN = `[${IGNORED.join("")}]*`;

/**
 * A PostgreSQL regular expression, to be matched case-insensitively (`~*`), that finds the text
 * whose `searchableText` contains `query`'s: each character stands for every character folded to
 * it, ignored characters may come between any two, and a space matches any run of white space.
 * (Matching a pattern is some twenty times faster in PostgreSQL than folding every message with
 * translate() and looking for the folded query.)
 */
export function searchPattern(query: string): string {
  const folded = searchableText(query).text.trim();
  return Array.from(folded, (char) => {
    if (char === " ") return "\\s+";
    const sources = FOLDED_FROM.get(char);
    return sources ? `[${sources}]` : char.replace(ARE_SPECIAL, "\\$&");
  }).join(IGNORED_RUN);
}

/**
 * Characters that every text found by `searchPattern(query)` contains as they are: those of the
 * query with no other form and no case. The database checks for these first (a plain substring
 * test), so the pattern runs only on messages that could match. At most `max`.
 */
export function requiredCharacters(query: string, max = 3): string[] {
  const required = new Set<string>();
  for (const char of searchableText(query).text) {
    if (required.size === max) break;
    // (A combining mark may come from lower-casing, İ → i̇: the text has it only precomposed.)
    const hasOtherForms = FOLDED_FROM.has(char) || char.toUpperCase() !== char.toLowerCase() || WHITESPACE.test(char) || COMBINING_MARK.test(char);
    if (!hasOtherForms) required.add(char);
  }
  return [...required];
}

/** The folding table itself: [typed, searched as] pairs, and the characters left out. */
export const SEARCH_FOLDING = { folded: FOLDED, ignored: IGNORED } as const;

/** A search needs at least this many characters once folded (a single letter matches everything). */
export const MIN_SEARCH_LENGTH = 2;
export const MAX_SEARCH_LENGTH = 100;
