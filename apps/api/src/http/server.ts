// The HTTP surface: tRPC under /trpc (its live events and messages.send on fast paths), /healthz, /metrics, LiveKit's webhooks, and the web client for every other GET.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createDirectCallEndpoint, createHttpContextFactory, createLiveEventsEndpoint, LIVE_EVENTS_PATH, type Services } from "@zang/trpc";
import { FILES_HTTP_PREFIX, handleFilesHttp } from "./file-routes.ts";
import { handleHealthz } from "./healthz.ts";
import { handleLiveKitWebhook, LIVEKIT_WEBHOOK_PATH } from "./livekit-webhook.ts";
import { handleMetrics, METRICS_PATH, type MetricsEndpoint } from "./metrics-route.ts";
import { requestKind } from "../metrics/request-kind.ts";
import { handleRosterHttp, ROSTER_HTTP_PREFIX } from "./roster-upload.ts";
import { createStaticHandler } from "./static-files.ts";
import { createTrpcHandler } from "./trpc-handler.ts";

export type HttpServerOptions = {
  services: Services;
  webDistDir: string;
  trustProxy: boolean;
  onInternalError?: (error: unknown, path: string | undefined) => void;
  /** Counts every request and serves GET /metrics; unset, nothing is counted and /metrics answers 404. */
  metrics?: MetricsEndpoint | undefined;
};

export function createHttpServer({ services, webDistDir, trustProxy, onInternalError, metrics }: HttpServerOptions): Server {
  const handleTrpc = createTrpcHandler({
    createContext: createHttpContextFactory({ services, trustProxy }),
    direct: createDirectCallEndpoint({ services, trustProxy }),
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR") onInternalError?.(error.cause ?? error, path);
    },
  });
  const trpcHandler = (req: IncomingMessage, res: ServerResponse) =>
    void handleTrpc(req, res).catch((error: unknown) => {
      onInternalError?.(error, req.url?.split("?")[0]);
      if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: { code: "INTERNAL", message: "Something went wrong on our side. Please try again." } }));
    });
  const serveStatic = createStaticHandler(webDistDir);
  const liveEvents = createLiveEventsEndpoint({ services });

  const server = createServer((req, res) => {
    const pathname = (req.url ?? "/").split("?")[0] ?? "/";
    if (pathname === METRICS_PATH) return handleMetrics({ endpoint: metrics, req, res });
    if (metrics) {
      const done = metrics.collector.requestStarted(requestKind(req.method, pathname));
      res.once("close", () => done(res.statusCode));
    }
    if (pathname === LIVE_EVENTS_PATH) {
      return void liveEvents.handle(req, res).then(
        (handled) => handled || trpcHandler(req, res),
        (error: unknown) => {
          onInternalError?.(error, LIVE_EVENTS_PATH);
          res.destroy();
        },
      );
    }
    if (pathname.startsWith("/trpc/")) return trpcHandler(req, res);
    if (pathname === "/healthz") return void handleHealthz({ db: services.db, res });
    if (pathname === LIVEKIT_WEBHOOK_PATH) {
      return void handleLiveKitWebhook({ services, req, res, onInternalError }).catch((error: unknown) => {
        onInternalError?.(error, LIVEKIT_WEBHOOK_PATH);
        if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
        res.end(JSON.stringify({ error: "Internal error" }));
      });
    }
    if (pathname.startsWith(FILES_HTTP_PREFIX)) {
      return void handleFilesHttp({ services, req, res }).catch((error: unknown) => {
        onInternalError?.(error, FILES_HTTP_PREFIX);
        if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
        res.end(JSON.stringify({ error: { code: "INTERNAL", message: "Something went wrong on our side. Please try again." } }));
      });
    }
    if (pathname.startsWith(ROSTER_HTTP_PREFIX)) return void handleRosterHttp({ services, req, res, onInternalError });
    if (req.method === "GET" || req.method === "HEAD") return void serveStatic(req, res);
    res.writeHead(404, { "content-type": "application/json" });
    res.end(JSON.stringify({ error: "Not found" }));
  });
  server.on("close", () => liveEvents.close());
  return server;
}
