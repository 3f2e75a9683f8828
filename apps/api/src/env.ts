// The only file of the API that reads process.env: everything else receives configuration as arguments.
import { z } from "zod";

const ZEnv = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  /** Unset: the embedded PGlite database under ZANG_DATA_DIR. */
  DATABASE_URL: z.url({ error: "DATABASE_URL must be a postgresql:// URL." }).optional(),
  /** Unset: rate limits (and later live events) stay inside this one process. */
  REDIS_URL: z.url({ error: "REDIS_URL must be a redis:// URL." }).optional(),
  /** Where the embedded database and local files live; defaults to the repository's `.data/`. */
  ZANG_DATA_DIR: z.string().optional(),
  /** "auto": seed the demo school when the database has no school yet; "off": never. */
  ZANG_DEMO_SEED: z.enum(["auto", "off"]).default("auto"),
  /** Set when a reverse proxy in front of us sets X-Forwarded-For. */
  ZANG_TRUST_PROXY: z.stringbool().default(false),
});

export type Env = z.infer<typeof ZEnv>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  // Empty strings mean "unset" (a blank line in a .env file or CI config should not be an error).
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ""));
  const parsed = ZEnv.safeParse(cleaned);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`).join("\n");
    throw new Error(`Invalid configuration:\n${problems}`);
  }
  return parsed.data;
}
