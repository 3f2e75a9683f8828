import type { IncomingMessage } from "node:http";
import { authenticate, authenticateForClass } from "@zang/core";
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
  /** `classId`: the class the request names, when known before tRPC parses the input; checked with the session in one query. */
  return async ({ req, info, classId }: { req: IncomingMessage; info: { connectionParams: Record<string, string | undefined> | null }; classId?: string }): Promise<Context> => {
    const token = bearerToken(req, info.connectionParams);
    const client = { ipAddress: clientAddress(req, trustProxy), userAgent: req.headers["user-agent"] ?? null };
    if (token && classId !== undefined) {
      const { viewer, classAccess } = await authenticateForClass({ db: services.db, token, classId });
      return { services, viewer, client, ...(classAccess ? { classAccess } : {}) };
    }
    const viewer = token ? await authenticate({ db: services.db, token }) : null;
    return { services, viewer, client };
  };
}
