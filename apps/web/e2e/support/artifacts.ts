import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { REPO_ROOT } from "./repo-root.ts";

/** The git-ignored folder CI collects screenshots from. */
export const ARTIFACTS_DIR = join(REPO_ROOT, "test-results");

export async function saveScreenshot(page: Page, name: string): Promise<string> {
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  const path = join(ARTIFACTS_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
