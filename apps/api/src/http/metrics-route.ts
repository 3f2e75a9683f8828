// GET /metrics for the operator's scraper, only when ZANG_METRICS_TOKEN is set and only with
// that token as a bearer token: the figures say how busy the school system is, which is nobody
// else's business.
import { timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { METRICS_CONTENT_TYPE } from "../metrics/exposition.ts";
import type { HttpMetrics } from "../metrics/http-metrics.ts";

export const METRICS_PATH = "/metrics";

export type MetricsEndpoint = { collector: HttpMetrics; token: string };

export function handleMetrics({ endpoint, req, res }: { endpoint: MetricsEndpoint | undefined; req: IncomingMessage; res: ServerResponse }): void {
  const json = (status: number, message: string, headers: Record<string, string> = {}) => {
    res.writeHead(status, { "content-type": "application/json", "cache-control": "no-store", ...headers });
    res.end(JSON.stringify({ error: message }));
  };
  if (!endpoint) return json(404, "Metrics are off on this server: set ZANG_METRICS_TOKEN to turn them on.");
  if (req.method !== "GET") return json(405, "Use GET.", { allow: "GET" });
  if (!isToken(req.headers.authorization, endpoint.token)) return json(401, "Send the metrics token as 'Authorization: Bearer <token>'.", { "www-authenticate": "Bearer" });
  res.writeHead(200, { "content-type": METRICS_CONTENT_TYPE, "cache-control": "no-store" });
  res.end(endpoint.collector.render());
}

function isToken(header: string | undefined, token: string): boolean {
  const given = Buffer.from(header?.startsWith("Bearer ") ? header.slice("Bearer ".length) : "");
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
