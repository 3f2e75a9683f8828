// The label a request is counted under. Labels must stay a small fixed set (every distinct value
// is a time series to the scraper), so anything not known in advance is counted as "other".
import { appRouter } from "@zang/trpc";

const PROCEDURES = new Set(Object.keys(appRouter._def.procedures));

const PREFIXES: [prefix: string, kind: string][] = [
  ["/api/files", "files"],
  ["/roster/", "roster"],
  ["/livekit/webhook", "livekit_webhook"],
  ["/healthz", "healthz"],
];

/** `messages.send` for /trpc/messages.send; "trpc_batch" for several procedures in one call. */
export function requestKind(method: string | undefined, pathname: string): string {
  if (pathname.startsWith("/trpc/")) {
    const name = pathname.slice("/trpc/".length);
    if (PROCEDURES.has(name)) return name;
    return name.includes(",") ? "trpc_batch" : "trpc_unknown";
  }
  for (const [prefix, kind] of PREFIXES) if (pathname.startsWith(prefix)) return kind;
  return method === "GET" || method === "HEAD" ? "web" : "other";
}
