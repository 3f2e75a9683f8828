// Runs a command-line tool as an operator would, `npm run --silent <script> -- <args>` from the
// repository's root, against the tests' database; for tests of the tools' output and exit codes.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { testDatabaseUrl } from "@zang/db/testing";

const REPO_ROOT = fileURLToPath(new URL("../../../..", import.meta.url));

export type ScriptRun = { code: number | null; stdout: string; stderr: string };

/** `unset` names environment variables the tool must not see (REDIS_URL, say). */
export async function runNpmScript(script: string, args: readonly string[], { unset = [] }: { unset?: readonly string[] } = {}): Promise<ScriptRun> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: testDatabaseUrl() };
  for (const name of unset) delete env[name];
  const child = spawn("npm", ["run", "--silent", script, "--", ...args], { cwd: REPO_ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => (stdout += chunk));
  child.stderr.on("data", (chunk) => (stderr += chunk));
  const [code] = await once(child, "exit");
  return { code: code as number | null, stdout, stderr };
}
