// The real HTTP server, end to end: tRPC over HTTP with superjson and bearer tokens, /healthz,
// and the static file handler's refusal to leave its folder.
import { createTRPCClient, httpLink, TRPCClientError } from "@trpc/client";
import type { AppRouter } from "@zang/trpc";
import { createTestDatabase, type TestDatabase } from "@zang/db/testing";
import superjson from "superjson";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApi, type RunningApi } from "../app.ts";
import { readEnv } from "../env.ts";
import { MAX_TRPC_BODY_BYTES } from "./trpc-handler.ts";

let api: RunningApi;
let database: TestDatabase;
const envFor = (url: string) => readEnv({ DATABASE_URL: url, PORT: "0", HOST: "127.0.0.1", ZANG_DEMO_SEED: "auto" });

beforeAll(async () => {
  // A database of its own: this file checks what happens on an empty one.
  database = await createTestDatabase();
  api = await startApi({ env: envFor(database.url), log: () => {} });
});
afterAll(async () => {
  await api.close();
  await database.drop();
});

function client(token?: string) {
  return createTRPCClient<AppRouter>({
    links: [httpLink({ url: `${api.url}/trpc`, transformer: superjson, headers: () => (token ? { authorization: `Bearer ${token}` } : {}) })],
  });
}

const teacher1 = { schoolCode: "demo", username: "teacher1", password: "demo-pass-1234" };

describe("HTTP API", () => {
  it("answers /healthz with status ok once the database is reachable", async () => {
    const response = await fetch(`${api.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok" });
  });

  it("answers /metrics with 404 when no metrics token is configured", async () => {
    const response = await fetch(`${api.url}/metrics`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: "Metrics are off on this server: set ZANG_METRICS_TOKEN to turn them on." });
  });

  it("seeds the demo school on an empty database only", async () => {
    expect(api.demoSeeded).toBe(true);
    const again = await startApi({ env: envFor(database.url), log: () => {} });
    try {
      expect(again.demoSeeded).toBe(false);
    } finally {
      await again.close();
    }
  });

  it("signs teacher1 in with a bearer token", async () => {
    const { token, user } = await client().auth.login.mutate(teacher1);
    expect(user).toMatchObject({ role: "teacher", displayName: expect.any(String) });
    const me = await client(token).auth.me.query();
    expect(me).toMatchObject({ id: user.id, username: "teacher1", school: { code: "demo" } });
    const classes = await client(token).classes.list.query();
    expect(classes.map((c) => c.name)).toEqual(["7-A"]);
    expect(classes[0]!.createdAt).toBeInstanceOf(Date); // superjson carried the Date

    await client(token).auth.logout.mutate();
    await expect(client(token).auth.me.query()).rejects.toMatchObject({ data: { code: "UNAUTHORIZED", httpStatus: 401 } });
  });

  it("accepts school code and username in any case and with stray spaces", async () => {
    const { user } = await client().auth.login.mutate({ ...teacher1, schoolCode: " DEMO ", username: "Teacher1" });
    expect(user.role).toBe("teacher");
  });

  it("explains invalid input in words, per field", async () => {
    const error = (await client()
      .auth.login.mutate({ schoolCode: "", username: "x", password: "y" })
      .catch((e: unknown) => e)) as TRPCClientError<AppRouter>;
    expect(error.message).toBe("Enter your school code.");
    expect(error.data).toMatchObject({ httpStatus: 400, fieldErrors: { schoolCode: ["Enter your school code."] } });
  });

  it("rate-limits repeated failed logins with 429 and a clear message", async () => {
    const attempt = { ...teacher1, username: "student7", password: "wrong-password" };
    for (let i = 0; i < 10; i++) await expect(client().auth.login.mutate(attempt)).rejects.toMatchObject({ data: { httpStatus: 401 } });
    const error = (await client().auth.login.mutate(attempt).catch((e: unknown) => e)) as TRPCClientError<AppRouter>;
    expect(error.data?.httpStatus).toBe(429);
    expect(error.message).toMatch(/Too many failed sign-in attempts/);
  });

  it("ignores a forged bearer token", async () => {
    await expect(client("forged-token").auth.me.query()).rejects.toMatchObject({ data: { code: "UNAUTHORIZED" } });
  });

  it("never serves files from outside the web client's folder", async () => {
    for (const path of ["/../../package.json", "/..%2f..%2fpackage.json", "/%2e%2e/%2e%2e/package.json"]) {
      const body = await (await fetch(`${api.url}${path}`)).text();
      expect(body).not.toContain('"workspaces"');
    }
  });

  it("refuses a procedure call with an oversized body before reading it all, and answers the next one", async () => {
    const response = await fetch(`${api.url}/trpc/auth.login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ json: { schoolCode: "demo", username: "x".repeat(MAX_TRPC_BODY_BYTES), password: "p" } }),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: { code: "PAYLOAD_TOO_LARGE" } });
    await expect(client().auth.login.mutate(teacher1)).resolves.toMatchObject({ token: expect.any(String) });
  });
});
