// The test stack of one describe block: started before its tests (before the block's own
// beforeAll hooks, which may open pages) and stopped after them.
import { afterAll, beforeAll } from "vitest";
import { startTestStack, type TestStack, type TestStackOptions } from "./test-stack.ts";

/** Returns the running stack; `options` may be computed when the stack starts (e.g. a stand-in's URL). */
export function useTestStack(options: TestStackOptions | (() => Promise<TestStackOptions>) = {}): () => TestStack {
  let stack: TestStack | undefined;
  beforeAll(async () => {
    stack = await startTestStack(typeof options === "function" ? await options() : options);
  });
  afterAll(async () => {
    await stack?.stop();
  });
  return () => {
    if (!stack) throw new Error("the test stack has not started (or failed to)");
    return stack;
  };
}
