// Small numeric helpers for benchmark reports.

/** Nearest-rank percentile of an ascending-sorted array; NaN when empty. */
export function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

/** Rounds for printing: ms and rates keep `digits` decimals. */
export function round(value: number, digits = 1): number {
  if (!Number.isFinite(value)) return value;
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

export function formatMs(value: number): string {
  return Number.isFinite(value) ? `${round(value, 1)} ms` : "n/a";
}
