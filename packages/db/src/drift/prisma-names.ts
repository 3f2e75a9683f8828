// The names Prisma Migrate gives constraints and indexes that have no `map:` argument, so a
// hand-written migration must use exactly these. Mirrors ConstraintNames in prisma-engines: built
// from database (mapped) names, and cut to PostgreSQL's 63-byte identifier limit before the suffix.

const MAX_IDENTIFIER_BYTES = 63;

export function primaryKeyName(table: string): string {
  return withSuffix(table, "_pkey");
}

export function uniqueIndexName(table: string, columns: string[]): string {
  return withSuffix(`${table}_${columns.join("_")}`, "_key");
}

export function indexName(table: string, columns: string[]): string {
  return withSuffix(`${table}_${columns.join("_")}`, "_idx");
}

export function foreignKeyName(table: string, columns: string[]): string {
  return withSuffix(`${table}_${columns.join("_")}`, "_fkey");
}

function withSuffix(base: string, suffix: string): string {
  return truncateToBytes(base, MAX_IDENTIFIER_BYTES - suffix.length) + suffix;
}

/** Cuts on a character boundary, as Rust's floor_char_boundary does, so no UTF-8 sequence is split. */
function truncateToBytes(text: string, maxBytes: number): string {
  const bytes = Buffer.from(text, "utf8");
  if (bytes.length <= maxBytes) return text;
  let end = maxBytes;
  while (end > 0 && isContinuationByte(bytes[end])) end--;
  return bytes.subarray(0, end).toString("utf8");
}

function isContinuationByte(byte: number | undefined): boolean {
  return byte !== undefined && (byte & 0b1100_0000) === 0b1000_0000;
}
