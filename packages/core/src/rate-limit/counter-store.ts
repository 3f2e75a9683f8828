/**
 * Fixed-window counters shared by the rate limiters. In memory for a single process (the embedded
 * default); in Redis when several API processes must see the same counts.
 */
export interface CounterStore {
  /** Adds one to `key`; the window starts at the first increment and lasts `windowMs`. */
  increment(key: string, windowMs: number): Promise<{ count: number; resetInMs: number }>;
  /** The current count, and how long until it resets (0 when absent). */
  peek(key: string): Promise<{ count: number; resetInMs: number }>;
  reset(key: string): Promise<void>;
}
