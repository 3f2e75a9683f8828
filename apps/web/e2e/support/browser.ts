import { chromium, type Browser } from "playwright-core";

/**
 * Debian's chromium: Playwright's own browser downloads are unreachable here. The flags keep it
 * from phoning home (updates, sync, QUIC probes) and let it run as root in containers.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}
