import type { ClassEventBus, ClientInfo, LoginThrottle, Viewer } from "@zang/core";
import type { Db } from "@zang/db";

/** Long-lived dependencies, built once by the composition root (apps/api) or by a test. */
export type Services = {
  db: Db;
  loginThrottle: LoginThrottle;
  /** Live class events: in-process, or Redis pub/sub across API processes. */
  events: ClassEventBus;
};

export type Context = {
  services: Services;
  /** The signed-in caller, or null for an anonymous request. */
  viewer: Viewer | null;
  client: ClientInfo;
};

/** Transport-free context: what tests pass to `createCaller`, and what the HTTP adapter builds. */
export function createContextInner({ services, viewer = null, client = {} }: { services: Services; viewer?: Viewer | null; client?: ClientInfo }): Context {
  return { services, viewer, client };
}
