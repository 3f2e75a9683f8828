// Runs the roster import command line as its own process (so its peak memory is its own) and
// returns the summary it prints as JSON.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";

const REPO_ROOT = fileURLToPath(new URL("../../../..", import.meta.url));

export type CliSummary = {
  status: string;
  seconds: number;
  peakRssBytes: number;
  counts: Record<string, unknown> & { rows: Record<string, number> };
  loginCodeCount: number;
  errorCount: number;
  message: string | null;
};

export async function runImportCli({ databaseUrl, args }: { databaseUrl: string; args: string[] }): Promise<CliSummary & { wallSeconds: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, ["--import", "tsx", "apps/api/src/cli/roster-import.ts", ...args, "--json"], {
    cwd: REPO_ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let stdout = "";
  child.stdout.on("data", (chunk) => (stdout += chunk));
  const [code] = await once(child, "exit");
  const wallSeconds = (performance.now() - started) / 1000;
  const line = stdout.trim().split("\n").at(-1) ?? "";
  if (code !== 0) throw new Error(`roster import exited with ${code}: ${line}`);
  return { ...(JSON.parse(line) as CliSummary), wallSeconds };
}
