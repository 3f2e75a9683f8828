import type { IncomingMessage } from "node:http";
import { authenticate } from "@zang/core";
import type { Context, Services } from "./context.ts";

export type HttpContextOptions = {
  services: Services;
  /** Behind a reverse proxy the client's address is in X-Forwarded-For; trust it only then. */
  trustProxy: boolean;
};

/** The bearer token from `Authorization`, or (for SSE, where browsers cannot set headers) from connection params. */
export function bearerToken(req: IncomingMessage, connectionParams: Record<string, string | undefined> | null | undefined): string | null {
  const header = req.headers.authorization;
  if (header?.startsWith("Bearer ")) return header.slice("Bearer ".length).trim();
  const param = connectionParams?.token;
  return typeof param === "string" && param.length > 0 ? param : null;
}

export function clientAddress(req: IncomingMessage, trustProxy: boolean): string | null {
  if (trustProxy) {
    const forwarded = req.headers["x-forwarded-for"];
    const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",")[0]?.trim();
    if (first) return first;
  }
  return req.socket.remoteAddress ?? null;
}

export function createHttpContextFactory({ services, trustProxy }: HttpContextOptions) {
  return async ({ req, info }: { req: IncomingMessage; info: { connectionParams: Record<string, string | undefined> | null } }): Promise<Context> => {
    const token = bearerToken(req, info.connectionParams);
    const viewer = token ? await authenticate({ db: services.db, token }) : null;
    const userAgent = req.headers["user-agent"] ?? null;
    return { services, viewer, client: { ipAddress: clientAddress(req, trustProxy), userAgent } };
  };
}
