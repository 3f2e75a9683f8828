import type { CounterStore } from "./counter-store.ts";

type Window = { count: number; expiresAt: number };

/** Counters for one process. Expired windows are swept lazily so the map cannot grow without bound. */
export class MemoryCounterStore implements CounterStore {
  private readonly windows = new Map<string, Window>();
  private lastSweep = 0;

  constructor(private readonly now: () => number = Date.now) {}

  async increment(key: string, windowMs: number) {
    const now = this.now();
    this.sweep(now);
    let window = this.windows.get(key);
    if (!window || window.expiresAt <= now) {
      window = { count: 0, expiresAt: now + windowMs };
      this.windows.set(key, window);
    }
    window.count += 1;
    return { count: window.count, resetInMs: window.expiresAt - now };
  }

  async peek(key: string) {
    const now = this.now();
    const window = this.windows.get(key);
    if (!window || window.expiresAt <= now) return { count: 0, resetInMs: 0 };
    return { count: window.count, resetInMs: window.expiresAt - now };
  }

  async reset(key: string) {
    this.windows.delete(key);
  }

  private sweep(now: number) {
    if (now - this.lastSweep < 60_000) return;
    this.lastSweep = now;
    for (const [key, window] of this.windows) if (window.expiresAt <= now) this.windows.delete(key);
  }
}
