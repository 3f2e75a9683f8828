// Everything a browser test needs — a fresh database, the API on it, and a browser — started in
// one call and torn down in reverse order, each step even when an earlier one failed.
import { createTestDatabase, type TestDatabase } from "@zang/db/testing";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { startApiServer, type ApiServer } from "./api-server.ts";
import { saveScreenshot } from "./artifacts.ts";
import { launchBrowser } from "./browser.ts";

export type TestStack = {
  server: ApiServer;
  browser: Browser;
  /** A page in a context of its own (its own cookies and storage: one person, named for screenshots), closed by `stop`. */
  openPage(name: string, options?: BrowserContextOptions): Promise<Page>;
  /** Uncaught errors of every page opened with `openPage`: a test may require there were none. */
  pageErrors: Error[];
  /** For `onTestFailed`: a screenshot of every open page (`<label>-<page>-failure.png`) and the API's output. */
  onFailure(label: string): () => Promise<void>;
  stop(): Promise<void>;
};

export type TestStackOptions = {
  /** Goes to the API process on top of this one's, e.g. LIVEKIT_* pointing at the Twirp stand-in. */
  env?: Record<string, string>;
};

/** A desktop window; tests needing another size pass their own. */
const DEFAULT_CONTEXT: BrowserContextOptions = { viewport: { width: 1200, height: 900 }, acceptDownloads: true };

// The API opens up to 20 connections to a DATABASE_URL database (see @zang/db's resolveDatabase);
// an in-process PGlite must accept all of them.
const API_POOL_SIZE = 20;

export async function startTestStack({ env = {} }: TestStackOptions = {}): Promise<TestStack> {
  const cleanups: Array<() => Promise<void>> = [];
  const stop = async () => {
    const errors: unknown[] = [];
    for (const cleanup of cleanups.reverse()) {
      await cleanup().catch((error: unknown) => errors.push(error));
    }
    if (errors.length > 0) throw new AggregateError(errors, "Could not tear the test stack down cleanly");
  };
  try {
    const database: TestDatabase = await createTestDatabase({ poolSize: API_POOL_SIZE });
    cleanups.push(() => database.drop());
    const server = await startApiServer({ databaseUrl: database.url, env });
    cleanups.push(() => server.stop());
    const browser = await launchBrowser();
    cleanups.push(() => browser.close());
    const pageErrors: Error[] = [];
    const pages = new Map<string, Page>();
    const openPage = async (name: string, options: BrowserContextOptions = DEFAULT_CONTEXT) => {
      if (pages.has(name)) throw new Error(`a page named "${name}" is open already`);
      const context = await browser.newContext(options);
      cleanups.push(() => context.close());
      const page = await context.newPage();
      page.on("pageerror", (error) => pageErrors.push(error));
      pages.set(name, page);
      return page;
    };
    const onFailure = (label: string) => async () => {
      for (const [name, page] of pages) await saveScreenshot(page, `${label}-${name}-failure`).catch(() => {});
      console.error(server.output());
    };
    return { server, browser, openPage, pageErrors, onFailure, stop };
  } catch (error) {
    await stop().catch(() => {});
    throw error;
  }
}
