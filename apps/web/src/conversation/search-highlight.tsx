import { searchableText } from "@zang/validators";
import type { ReactNode } from "react";

/**
 * Where `query` occurs in `text` as the server's search compares them (see searchableText):
 * [start, end) ranges of `text`, in order and not overlapping.
 */
export function matchRanges(text: string, query: string): Array<[number, number]> {
  const needle = searchableText(query).text.trim();
  if (needle === "") return [];
  const haystack = searchableText(text);
  const ranges: Array<[number, number]> = [];
  for (let at = haystack.text.indexOf(needle); at !== -1; at = haystack.text.indexOf(needle, at + needle.length)) {
    // (searchableText goes by UTF-16 units: an emoji's two halves each map to their own.)
    ranges.push([haystack.sourceIndex[at]!, haystack.sourceIndex[at + needle.length - 1]! + 1]);
  }
  return ranges;
}

/** `text` with each match of `query` marked. */
export function HighlightedText({ text, query }: { text: string; query: string }): ReactNode {
  const parts: ReactNode[] = [];
  let shown = 0;
  for (const [start, end] of matchRanges(text, query)) {
    parts.push(text.slice(shown, start), <mark key={start}>{text.slice(start, end)}</mark>);
    shown = end;
  }
  parts.push(text.slice(shown));
  return <>{parts}</>;
}
