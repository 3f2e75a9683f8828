// Command-line flags (`--rate 200` or `--rate=200`) with environment equivalents (BENCH_RATE=200);
// a flag wins over the environment, the environment over the default. Benchmarks are operator
// tools run from a shell, so they read their own configuration rather than the API's env.ts.
import { parseArgs } from "node:util";

export type OptionSpec = Record<string, { env: string; default: number | string | boolean; help: string }>;

type Values<S extends OptionSpec> = { [K in keyof S]: S[K]["default"] extends number ? number : S[K]["default"] extends boolean ? boolean : string };

export function readOptions<S extends OptionSpec>(spec: S, { usage, argv = process.argv.slice(2), env = process.env }: { usage: string; argv?: string[]; env?: NodeJS.ProcessEnv }): Values<S> {
  const { values } = parseArgs({
    args: argv,
    options: {
      help: { type: "boolean" },
      ...Object.fromEntries(Object.entries(spec).map(([name, option]) => [name, { type: typeof option.default === "boolean" ? "boolean" : "string" }] as const)),
    },
    strict: true,
  });
  if (values.help) {
    const lines = Object.entries(spec).map(([name, option]) => `  --${name.padEnd(18)} ${option.help} (env ${option.env}, default ${String(option.default)})`);
    console.log(`${usage}\n\n${lines.join("\n")}`);
    process.exit(0);
  }
  const result: Record<string, number | string | boolean> = {};
  for (const [name, option] of Object.entries(spec)) {
    const raw = (values as Record<string, string | boolean | undefined>)[name] ?? (env[option.env] === "" ? undefined : env[option.env]);
    if (raw === undefined) result[name] = option.default;
    else if (typeof option.default === "number") {
      const number = Number(raw);
      if (!Number.isFinite(number) || number < 0) throw new Error(`--${name} must be a non-negative number, not "${String(raw)}"`);
      result[name] = number;
    } else if (typeof option.default === "boolean") result[name] = raw === true || raw === "1" || raw === "true";
    else result[name] = String(raw);
  }
  return result as Values<S>;
}
