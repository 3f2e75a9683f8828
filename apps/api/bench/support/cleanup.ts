// Undo steps for a benchmark run (stop the API, drop the database…), run in reverse order exactly
// once: at the end, on an error, or on Ctrl-C / SIGTERM.

export type Cleanup = {
  /** Registers an undo step; later steps run first. */
  add(step: () => Promise<unknown> | unknown): void;
  run(): Promise<void>;
};

export function createCleanup(): Cleanup {
  const steps: Array<() => Promise<unknown> | unknown> = [];
  let running: Promise<void> | null = null;
  const cleanup: Cleanup = {
    add: (step) => void steps.push(step),
    run() {
      running ??= (async () => {
        for (const step of steps.reverse()) {
          try {
            await step();
          } catch (error) {
            console.error("cleanup step failed:", (error as Error).message);
          }
        }
      })();
      return running;
    },
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      console.error(`\n${signal}: cleaning up…`);
      void cleanup.run().finally(() => process.exit(130));
    });
  }
  return cleanup;
}
