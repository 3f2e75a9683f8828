import type pg from "pg";

/**
 * Counts the statements containing `fragment` that go through `pool` until `restore()`: a spy on
 * the real pool (the queries still run), to show how many round trips some work took.
 */
export function countQueries(pool: pg.Pool, fragment: string): { count(): number; restore(): void } {
  let count = 0;
  const original = pool.query;
  pool.query = new Proxy(original, {
    apply(target, thisArg, args: unknown[]) {
      const text = typeof args[0] === "string" ? args[0] : (args[0] as { text?: string } | undefined)?.text;
      if (text?.includes(fragment)) count++;
      return Reflect.apply(target, thisArg, args);
    },
  });
  return { count: () => count, restore: () => void (pool.query = original) };
}
