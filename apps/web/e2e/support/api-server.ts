// Runs the real API (apps/api/src/main.ts) as a child process, as `npm start` would, serving the
// built client from apps/web/dist — so browser tests exercise the same server users get.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { findFreePort } from "./free-port.ts";
import { REPO_ROOT } from "./repo-root.ts";

export type ApiServer = {
  url: string;
  /** Everything the server printed, for failure messages. */
  output(): string;
  stop(): Promise<void>;
};

const STARTUP_TIMEOUT_MS = 90_000;
const STOP_TIMEOUT_MS = 10_000;

export async function startApiServer({ databaseUrl, env = {} }: { databaseUrl: string; env?: Record<string, string> }): Promise<ApiServer> {
  if (!existsSync(join(REPO_ROOT, "apps/web/dist/index.html"))) {
    throw new Error("apps/web/dist is missing: run `npm run build -w @zang/web` (the e2e script does) before the browser tests.");
  }
  const port = await findFreePort();
  // `node --import tsx` rather than `npx tsx`: one process instead of three, so stopping it
  // cannot leave an orphaned server holding the port and the database.
  const child = spawn(process.execPath, ["--import", "tsx", "apps/api/src/main.ts"], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env, PORT: String(port), HOST: "127.0.0.1", DATABASE_URL: databaseUrl },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));

  const url = `http://127.0.0.1:${port}`;
  const server: ApiServer = { url, output: () => output, stop: () => stopChild(child) };
  try {
    await waitForHealthy({ url, child });
  } catch (error) {
    await server.stop();
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n--- API output ---\n${output}`);
  }
  return server;
}

async function waitForHealthy({ url, child }: { url: string; child: ChildProcess }): Promise<void> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The API exited with code ${child.exitCode} before it was healthy.`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The API was not healthy at ${url}/healthz within ${STARTUP_TIMEOUT_MS / 1000} s.`);
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}
