import type { ActionLimit, ClassAccess, ClassEventBus, ClientInfo, LoginThrottle, Viewer } from "@zang/core";
import type { Db } from "@zang/db";
import type { RosterService } from "@zang/roster";
import type { FileStore } from "@zang/storage";
import type { Video } from "@zang/video";

/** Long-lived dependencies, built once by the composition root (apps/api) or by a test. */
export type Services = {
  db: Db;
  loginThrottle: LoginThrottle;
  /** Searches of class messages per user (each may read thousands of messages). */
  searchLimit: ActionLimit;
  /** Live class events: in-process, or Redis pub/sub across API processes. */
  events: ClassEventBus;
  /** LiveKit, when configured; without it lesson procedures answer NOT_CONFIGURED. */
  video?: Video;
  /** Roster imports from the web (uploads kept in a folder); without it `roster.rerun` answers NOT_CONFIGURED. */
  roster?: RosterService;
  /** File storage, and the secret that signs API-served download links. */
  files?: { store: FileStore; linkSecret: string };
};

export type Context = {
  services: Services;
  /** The signed-in caller, or null for an anonymous request. */
  viewer: Viewer | null;
  client: ClientInfo;
  /**
   * The viewer's access to a class, read together with the session when the request named its
   * class up front (the direct path for sends); class procedures use it for that class only.
   */
  classAccess?: ClassAccess;
};

/** Transport-free context: what tests pass to `createCaller`, and what the HTTP adapter builds. */
export function createContextInner({ services, viewer = null, client = {} }: { services: Services; viewer?: Viewer | null; client?: ClientInfo }): Context {
  return { services, viewer, client };
}
