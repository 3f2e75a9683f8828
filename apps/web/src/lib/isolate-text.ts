/**
 * Wraps text in First Strong Isolate … Pop Directional Isolate, for strings that cannot hold a
 * <bdi>: a class name like "7-A" or a Persian name inside an English sentence (or the reverse)
 * keeps its own order and leaves the sentence's alone.
 */
export function isolateText(text: string): string {
  return `\u2068${text}\u2069`;
}
