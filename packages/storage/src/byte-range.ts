/** A byte range as in an HTTP `Range` header: `end` is inclusive and defaults to the last byte. */
export type ByteRange = { start: number; end?: number };

/**
 * Checks a range against the object's size and fills in its end. A start past the end throws a
 * RangeError, which the API answers with 416.
 */
export function resolveRange(range: ByteRange | undefined, size: number): { start: number; end: number } {
  if (!range) return { start: 0, end: size - 1 };
  const { start, end = size - 1 } = range;
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < 0 || end < start) {
    throw new RangeError(`Invalid byte range ${start}-${end}.`);
  }
  if (start >= size) throw new RangeError(`The range starts at byte ${start}, past the end of the file (${size} bytes).`);
  return { start, end: Math.min(end, size - 1) };
}

/** Validates a range before it goes to a server that will resolve it against the real size. */
export function assertRangeShape(range: ByteRange): void {
  const { start, end } = range;
  if (!Number.isSafeInteger(start) || start < 0 || (end !== undefined && (!Number.isSafeInteger(end) || end < start))) {
    throw new RangeError(`Invalid byte range ${start}-${end ?? ""}.`);
  }
}
