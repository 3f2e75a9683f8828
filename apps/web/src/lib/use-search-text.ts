import { useState } from "react";
import { useDebouncedValue } from "./use-debounced-value.ts";

/** How long typing must pause before a search asks the server. */
const SEARCH_PAUSE_MS = 250;

/** A search box's text as typed, and the trimmed text to search for once typing pauses ("" asks nothing). */
export function useSearchText() {
  const [typed, setTyped] = useState("");
  const query = useDebouncedValue(typed.trim(), SEARCH_PAUSE_MS);
  return { typed, setTyped, query };
}
