// The HTTP surface: tRPC under /trpc, /healthz, and the web client for every other GET.
import { createServer, type Server } from "node:http";
import { createHTTPHandler } from "@trpc/server/adapters/standalone";
import { appRouter, createHttpContextFactory, type Services } from "@zang/trpc";
import { handleHealthz } from "./healthz.ts";
import { createStaticHandler } from "./static-files.ts";

export type HttpServerOptions = {
  services: Services;
  webDistDir: string;
  trustProxy: boolean;
  onInternalError?: (error: unknown, path: string | undefined) => void;
};

export function createHttpServer({ services, webDistDir, trustProxy, onInternalError }: HttpServerOptions): Server {
  const trpcHandler = createHTTPHandler({
    router: appRouter,
    basePath: "/trpc/",
    createContext: createHttpContextFactory({ services, trustProxy }),
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR") onInternalError?.(error.cause ?? error, path);
    },
  });
  const serveStatic = createStaticHandler(webDistDir);

  return createServer((req, res) => {
    const pathname = (req.url ?? "/").split("?")[0] ?? "/";
    if (pathname.startsWith("/trpc/")) return trpcHandler(req, res);
    if (pathname === "/healthz") return void handleHealthz({ db: services.db, res });
    if (req.method === "GET" || req.method === "HEAD") return void serveStatic(req, res);
    res.writeHead(404, { "content-type": "application/json" });
    res.end(JSON.stringify({ error: "Not found" }));
  });
}
