/** Exit code of every command line here for a usage error: wrong or missing arguments, an unknown school. */
export const USAGE_EXIT_CODE = 2;

/** Prints what is wrong and how the command is used, and exits with the usage code. */
export function failUsage(message: string, usage: string): never {
  console.error(`${message}\n\n${usage}`);
  process.exit(USAGE_EXIT_CODE);
}

/**
 * Runs the command's `parseArgs` (whose options include `help`): `--help` prints `usage` and exits
 * 0, and an unknown or malformed option is a usage error.
 */
export function parseCliArgs<Args extends { values: { help?: boolean | undefined } }>(usage: string, parse: () => Args): Args {
  let args: Args;
  try {
    args = parse();
  } catch (error) {
    return failUsage((error as Error).message, usage);
  }
  if (args.values.help) {
    console.log(usage);
    process.exit(0);
  }
  return args;
}
