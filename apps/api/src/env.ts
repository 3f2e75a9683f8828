// The only file of the API that reads process.env: everything else receives configuration as arguments.
import type { FileStoreConfig } from "@zang/storage";
import type { VideoConfig } from "@zang/video";
import { z } from "zod";

const ZEnv = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  /** Unset: the embedded PGlite database under ZANG_DATA_DIR. */
  DATABASE_URL: z.url({ error: "DATABASE_URL must be a postgresql:// URL." }).optional(),
  /** Unset: rate limits and live class events stay inside this one process. */
  REDIS_URL: z.url({ error: "REDIS_URL must be a redis:// URL." }).optional(),
  /** Where the embedded database and local files live; defaults to the repository's `.data/`. */
  ZANG_DATA_DIR: z.string().optional(),
  /** "auto": seed the demo school when the database has no school yet; "off": never. */
  ZANG_DEMO_SEED: z.enum(["auto", "off"]).default("auto"),
  /** Set when a reverse proxy in front of us sets X-Forwarded-For. */
  ZANG_TRUST_PROXY: z.stringbool().default(false),
  /** Local file storage (the default): where uploaded files live; defaults to ZANG_DATA_DIR/files. */
  ZANG_FILES_DIR: z.string().optional(),
  /** Set to store files in an S3-compatible bucket instead (with the ZANG_S3_* settings below). */
  ZANG_S3_BUCKET: z.string().optional(),
  ZANG_S3_REGION: z.string().default("us-east-1"),
  ZANG_S3_ENDPOINT: z.url().optional(),
  ZANG_S3_FORCE_PATH_STYLE: z.stringbool().default(false),
  ZANG_S3_ACCESS_KEY_ID: z.string().optional(),
  ZANG_S3_SECRET_ACCESS_KEY: z.string().optional(),
  ZANG_S3_KEY_PREFIX: z.string().optional(),
  /** Signs download links served by the API. Unset: a random secret per process (set it when running several). */
  ZANG_FILE_LINK_SECRET: z.string().min(32, { error: "ZANG_FILE_LINK_SECRET must be at least 32 characters." }).optional(),
  /** Unset: no metrics. Set: GET /metrics answers Prometheus figures to `Authorization: Bearer <this>`. */
  ZANG_METRICS_TOKEN: z.string().min(16, { error: "ZANG_METRICS_TOKEN must be at least 16 characters." }).optional(),
  /** Unset: video lessons answer "not configured" (the rest of Zang works). All three go together. */
  LIVEKIT_URL: z
    .url({ protocol: /^(wss?|https?)$/, error: "LIVEKIT_URL must be the LiveKit server's URL, e.g. wss://live.example.org." })
    .optional(),
  LIVEKIT_API_KEY: z.string().optional(),
  LIVEKIT_API_SECRET: z.string().optional(),
}).superRefine((env, context) => {
  const livekit = { LIVEKIT_URL: env.LIVEKIT_URL, LIVEKIT_API_KEY: env.LIVEKIT_API_KEY, LIVEKIT_API_SECRET: env.LIVEKIT_API_SECRET };
  const missing = Object.entries(livekit).filter(([, value]) => !value).map(([name]) => name);
  if (missing.length > 0 && missing.length < 3) {
    for (const name of missing) context.addIssue({ code: "custom", path: [name], message: `${name} is required when any LIVEKIT_* variable is set (video lessons need all three).` });
  }
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

/** LiveKit's configuration, or undefined when video lessons are not set up. */
export function videoConfigOf(env: Env): VideoConfig | undefined {
  const { LIVEKIT_URL: url, LIVEKIT_API_KEY: apiKey, LIVEKIT_API_SECRET: apiSecret } = env;
  return url && apiKey && apiSecret ? { url, apiKey, apiSecret } : undefined;
}

/** Where files are stored: an S3-compatible bucket when ZANG_S3_BUCKET is set, else a local folder. */
export function fileStoreConfigOf(env: Env, defaultDir: string): FileStoreConfig {
  if (!env.ZANG_S3_BUCKET) return { kind: "local", rootDir: env.ZANG_FILES_DIR ?? defaultDir };
  return {
    kind: "s3",
    bucket: env.ZANG_S3_BUCKET,
    region: env.ZANG_S3_REGION,
    forcePathStyle: env.ZANG_S3_FORCE_PATH_STYLE,
    ...(env.ZANG_S3_ENDPOINT ? { endpoint: env.ZANG_S3_ENDPOINT } : {}),
    ...(env.ZANG_S3_KEY_PREFIX ? { keyPrefix: env.ZANG_S3_KEY_PREFIX } : {}),
    ...(env.ZANG_S3_ACCESS_KEY_ID && env.ZANG_S3_SECRET_ACCESS_KEY
      ? { credentials: { accessKeyId: env.ZANG_S3_ACCESS_KEY_ID, secretAccessKey: env.ZANG_S3_SECRET_ACCESS_KEY } }
      : {}),
  };
}
