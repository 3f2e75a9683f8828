// `npm start`: migrate, seed the demo school on an empty database, serve, and say how to sign in.
import { DEMO_PASSWORD, DEMO_SCHOOL_CODE } from "@zang/core";
import { startApi } from "./app.ts";
import { readEnv } from "./env.ts";

const env = readEnv();
const api = await startApi({ env });

console.log(`
  Zang is running at ${api.url}
  Database: ${api.isEmbeddedDatabase ? `embedded PostgreSQL (PGlite) in ${env.ZANG_DATA_DIR ?? ".data/"} — set DATABASE_URL to use a server` : "DATABASE_URL"}
  Redis:    ${env.REDIS_URL ? "REDIS_URL" : "not configured — rate limits are per process"}
  Video:    ${env.LIVEKIT_URL ? `LiveKit at ${env.LIVEKIT_URL} (webhooks: POST /livekit/webhook)` : "not configured — set LIVEKIT_URL, LIVEKIT_API_KEY, LIVEKIT_API_SECRET for lessons"}
`);
if (env.ZANG_DEMO_SEED === "auto") {
  console.log(`  Demo school${api.demoSeeded ? " (created now)" : ""}: school code "${DEMO_SCHOOL_CODE}", password "${DEMO_PASSWORD}" for everyone
    admin      admin
    teachers   teacher1 (class 7-A), teacher2 (class 7-B)
    students   student1 … student15 (7-A), student16 … student30 (7-B)
`);
}

let closing = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    console.log("  Shutting down…");
    api.close().then(
      () => process.exit(0),
      (error) => {
        console.error(error);
        process.exit(1);
      },
    );
  });
}
