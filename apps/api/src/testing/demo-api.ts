// The API on a database of its own with the demo school seeded, for a test file that talks to it
// over HTTP: started before the file's tests, stopped and dropped after them.
import { DEMO_PASSWORD, DEMO_SCHOOL_CODE } from "@zang/core";
import { createTestDatabase, type TestDatabase } from "@zang/db/testing";
import { afterAll, beforeAll } from "vitest";
import { startApi, type RunningApi } from "../app.ts";
import { readEnv } from "../env.ts";
import { createNodeClient } from "./trpc-client.ts";

export type DemoApi = {
  /** Where the API listens; read it inside tests (it is set once `beforeAll` has run). */
  readonly url: string;
  /** Signs a demo user in; answers their session token. */
  login(username: string): Promise<string>;
};

/** `env`: more settings for the API (e.g. ZANG_METRICS_TOKEN), as they would come from the environment. */
export function useDemoApi(env: Record<string, string> = {}): DemoApi {
  let api: RunningApi | undefined;
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
    api = await startApi({ env: readEnv({ DATABASE_URL: database.url, PORT: "0", HOST: "127.0.0.1", ZANG_DEMO_SEED: "auto", ...env }), log: () => {} });
  });
  afterAll(async () => {
    await api?.close();
    await database?.drop();
  });
  const url = () => {
    if (!api) throw new Error("the demo API is not running yet: use it inside a test");
    return api.url;
  };
  return {
    get url() {
      return url();
    },
    async login(username) {
      const { token } = await createNodeClient({ url: url() }).auth.login.mutate({ schoolCode: DEMO_SCHOOL_CODE, username, password: DEMO_PASSWORD });
      return token;
    },
  };
}
