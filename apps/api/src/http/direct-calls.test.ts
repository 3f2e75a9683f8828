// messages.send is answered by its own fast path (packages/trpc/src/direct) when it succeeds.
// These checks hold it to tRPC's contract: tRPC's own clients, single and batched, read its
// answers, and every refusal is still tRPC's own answer, exactly as for any other procedure.
import { randomUUID } from "node:crypto";
import { createTRPCClient, httpBatchLink, httpLink, TRPCClientError } from "@trpc/client";
import type { AppRouter } from "@zang/trpc";
import superjson from "superjson";
import { describe, expect, it } from "vitest";
import { useDemoApi } from "../testing/demo-api.ts";

const api = useDemoApi();
const login = (username: string) => api.login(username);

const batchClient = (token?: string) =>
  createTRPCClient<AppRouter>({
    links: [httpBatchLink({ url: `${api.url}/trpc`, transformer: superjson, headers: () => (token ? { authorization: `Bearer ${token}` } : {}) })],
  });
const singleClient = (token?: string) =>
  createTRPCClient<AppRouter>({ links: [httpLink({ url: `${api.url}/trpc`, transformer: superjson, headers: () => (token ? { authorization: `Bearer ${token}` } : {}) })] });

async function refusal(call: Promise<unknown>): Promise<{ code: unknown; message: string }> {
  const error = await call.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof TRPCClientError)) throw new Error(`expected a tRPC error, got ${String(error)}`);
  return { code: (error.data as { code?: unknown } | undefined)?.code, message: error.message };
}

describe("messages.send's fast path", () => {
  it("answers tRPC's single and batched clients in their own formats, dates included", async () => {
    const token = await login("teacher1");
    const classId = (await singleClient(token).classes.list.query()).find((c) => c.name === "7-A")!.id;

    const single = await singleClient(token).messages.send.mutate({ classId, body: "سلام — single", clientId: randomUUID() });
    expect(single).toMatchObject({ classId, body: "سلام — single", authorRole: "teacher", isDeleted: false });
    expect(single.createdAt).toBeInstanceOf(Date);

    const batched = await batchClient(token).messages.send.mutate({ classId, body: "batched", clientId: randomUUID() });
    expect(batched.seq).toBe(single.seq + 1);
    expect(batched.createdAt).toBeInstanceOf(Date);

    // Two calls in one batch go through tRPC's handler; the client cannot tell.
    const client = batchClient(token);
    const [first, second] = await Promise.all([
      client.messages.send.mutate({ classId, body: "pair 1", clientId: randomUUID() }),
      client.messages.send.mutate({ classId, body: "pair 2", clientId: randomUUID() }),
    ]);
    expect([first.body, second.body].sort()).toEqual(["pair 1", "pair 2"]);

    // A retry returns the first message, whichever path answers it.
    const clientId = randomUUID();
    const sent = await singleClient(token).messages.send.mutate({ classId, body: "once", clientId });
    const retried = await batchClient(token).messages.send.mutate({ classId, body: "once", clientId });
    expect(retried.id).toBe(sent.id);
    const page = await singleClient(token).messages.list.query({ classId, limit: 10 });
    expect(page.messages.filter((message) => message.clientId === clientId)).toHaveLength(1);
  });

  it("leaves every refusal to tRPC: anonymous, bad input, a stranger's class, a muted student", async () => {
    const [teacher, student1, student30] = await Promise.all([login("teacher1"), login("student1"), login("student30")]);
    const classes = await singleClient(teacher).classes.list.query();
    const classId = classes.find((c) => c.name === "7-A")!.id;
    const input = { classId, body: "hi", clientId: randomUUID() };

    for (const client of [singleClient, batchClient]) {
      expect(await refusal(client().messages.send.mutate(input))).toMatchObject({ code: "UNAUTHORIZED" });
      expect(await refusal(client(teacher).messages.send.mutate({ ...input, body: "" }))).toMatchObject({ code: "BAD_REQUEST" });
      expect(await refusal(client(teacher).messages.send.mutate({ ...input, classId: randomUUID() }))).toMatchObject({ code: "NOT_FOUND" });
    }
    const strangers = (await singleClient(student30).classes.list.query()).map((c) => c.id);
    const notTheirs = classes.find((c) => !strangers.includes(c.id))!.id;
    expect(await refusal(singleClient(student30).messages.send.mutate({ ...input, classId: notTheirs }))).toMatchObject({ code: "NOT_FOUND" });

    const me = await singleClient(student1).auth.me.query();
    await singleClient(teacher).classes.muteMember.mutate({ classId, userId: me.id, muted: true });
    try {
      for (const client of [singleClient, batchClient]) {
        expect(await refusal(client(student1).messages.send.mutate({ ...input, clientId: randomUUID() }))).toEqual({
          code: "FORBIDDEN",
          message: "A teacher has muted you in this class. You can still read it.",
        });
      }
    } finally {
      await singleClient(teacher).classes.muteMember.mutate({ classId, userId: me.id, muted: false });
    }
    expect(await singleClient(student1).messages.send.mutate({ ...input, clientId: randomUUID() })).toMatchObject({ body: "hi" });
  });
});
