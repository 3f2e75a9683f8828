// localStorage throws when storage is disabled (some private modes, strict enterprise policies);
// Zang should then still work, just without remembering anything between visits.

export function readStored(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function writeStored(key: string, value: string | null): void {
  try {
    if (value === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, value);
  } catch {
    // Not remembered; the current visit is unaffected.
  }
}
