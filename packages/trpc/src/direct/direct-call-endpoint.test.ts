// The fast path on its own, behind a bare HTTP server that answers 599 whenever the endpoint
// declines: it serves a successful send itself and declines everything else untouched.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { randomUUID } from "node:crypto";
import { createSession } from "@zang/core";
import { buildTestSchool, connectTestDb } from "@zang/core/testing";
import superjson from "superjson";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestServices } from "../testing/test-services.ts";
import { createDirectCallEndpoint } from "./direct-call-endpoint.ts";

const db = connectTestDb();
const services = createTestServices(db);
const endpoint = createDirectCallEndpoint({ services, trustProxy: false });
let server: Server;
let baseUrl: string;
let school: Awaited<ReturnType<typeof buildTestSchool>>;
let token: string;

beforeAll(async () => {
  school = await buildTestSchool(db, "direct");
  token = (await createSession({ db, userId: school.userIds.teacher1!, schoolId: school.schoolId, client: {} })).token;
  server = createServer((req, res) => {
    let body = "";
    req.setEncoding("utf8").on("data", (chunk: string) => (body += chunk));
    req.on("end", () => {
      void endpoint.handle(req, res, body).then((handled) => handled || res.writeHead(599).end("declined"));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await db.close();
});

const post = (path: string, input: unknown, { auth = true, batch = false } = {}) =>
  fetch(`${baseUrl}/trpc/${path}${batch ? "?batch=1" : ""}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(auth ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(batch ? { 0: superjson.serialize(input) } : superjson.serialize(input)),
  });

describe("the direct call endpoint", () => {
  it("serves a successful send, single or as a batch of one, in tRPC's result format", async () => {
    const classId = school.classIds["7-A"]!;
    const single = await post("messages.send", { classId, body: "one", clientId: randomUUID() });
    expect(single.status).toBe(200);
    const { result } = (await single.json()) as { result: { data: Parameters<typeof superjson.deserialize>[0] } };
    expect(superjson.deserialize(result.data)).toMatchObject({ classId, body: "one", seq: 1, createdAt: expect.any(Date) });

    const batched = await post("messages.send", { classId, body: "two", clientId: randomUUID() }, { batch: true });
    expect(batched.status).toBe(200);
    const [item] = (await batched.json()) as Array<{ result: { data: Parameters<typeof superjson.deserialize>[0] } }>;
    expect(superjson.deserialize(item!.result.data)).toMatchObject({ body: "two", seq: 2 });
  });

  it("declines, without answering, what tRPC must answer: refusals, bad input, other procedures and shapes", async () => {
    const classId = school.classIds["7-A"]!;
    const otherClass = school.classIds["7-B"]!; // teacher1 is not in it
    const cases = [
      post("messages.send", { classId, body: "hi", clientId: randomUUID() }, { auth: false }),
      post("messages.send", { classId, body: "", clientId: randomUUID() }),
      post("messages.send", { classId: otherClass, body: "hi", clientId: randomUUID() }),
      post("messages.send", { classId: "not-a-uuid", body: "hi", clientId: randomUUID() }),
      post("messages.markRead", { classId, seq: 1 }),
      fetch(`${baseUrl}/trpc/messages.send,messages.send?batch=1`, { method: "POST", headers: { authorization: `Bearer ${token}` }, body: "{}" }),
      fetch(`${baseUrl}/trpc/messages.send`, { method: "POST", headers: { authorization: `Bearer ${token}` }, body: "not json" }),
      fetch(`${baseUrl}/trpc/messages.send?batch=1`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "trpc-accept": "application/jsonl" },
        body: JSON.stringify({ 0: superjson.serialize({ classId, body: "streamed", clientId: randomUUID() }) }),
      }),
    ];
    for (const response of await Promise.all(cases)) expect(response.status).toBe(599);
  });
});
