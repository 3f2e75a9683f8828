// messages.onEvent is served by its own SSE endpoint (packages/trpc/src/sse). These checks hold it
// to tRPC's contract: the real tRPC client decodes its stream and resumes from its ids, and every
// refusal still comes from tRPC itself, exactly as for any other procedure.
import { randomUUID } from "node:crypto";
import superjson from "superjson";
import { describe, expect, it } from "vitest";
import { useDemoApi } from "../testing/demo-api.ts";
import { createNodeClient } from "../testing/trpc-client.ts";

const api = useDemoApi();
const login = async (username: string) => ({ token: await api.login(username) });

async function classOf(token: string, name: string): Promise<string> {
  return (await createNodeClient({ url: api.url, token }).classes.list.query()).find((c) => c.name === name)!.id;
}

/** Opens the stream with fetch and returns its first `count` SSE blocks, or the non-stream answer. */
async function rawStream(query: Record<string, unknown>, headers: Record<string, string>, count: number) {
  const url = `${api.url}/trpc/messages.onEvent?input=${encodeURIComponent(JSON.stringify(superjson.serialize(query)))}`;
  const abort = new AbortController();
  const response = await fetch(url, { headers: { accept: "text/event-stream", ...headers }, signal: abort.signal });
  if (!response.headers.get("content-type")?.startsWith("text/event-stream")) return { status: response.status, blocks: [], body: await response.text() };
  const blocks: string[] = [];
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let pending = "";
  while (blocks.length < count) {
    const { value, done } = await reader.read();
    if (done) break;
    pending += value;
    let end: number;
    while ((end = pending.indexOf("\n\n")) !== -1) {
      if (pending.slice(0, end).trim()) blocks.push(pending.slice(0, end));
      pending = pending.slice(end + 2);
    }
  }
  abort.abort();
  return { status: response.status, blocks, body: "" };
}

describe("the live events endpoint", () => {
  it("speaks tRPC's SSE format: a connected event, then each event's superjson data with its id", async () => {
    const teacher = await login("teacher1");
    const classId = await classOf(teacher.token, "7-A");
    const reading = rawStream({ classId, lastEventId: null }, { authorization: `Bearer ${teacher.token}` }, 2);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const sent = await createNodeClient({ url: api.url, token: teacher.token }).messages.send.mutate({ classId, body: "سلام — hello", clientId: randomUUID() });
    const { status, blocks } = await reading;
    expect(status).toBe(200);
    expect(blocks[0]).toBe('event: connected\ndata: {"reconnectAfterInactivityMs":40000}');
    const [dataLine, idLine] = blocks[1]!.split("\n");
    const event = superjson.deserialize<{ kind: string; message: { id: string; createdAt: Date } }>(JSON.parse(dataLine!.slice("data: ".length)));
    expect(event).toMatchObject({ kind: "message.created", message: { id: sent.id, body: "سلام — hello" } });
    expect(event.message.createdAt).toBeInstanceOf(Date);
    expect(idLine).toMatch(/^id: 1\.[0-9a-f]{32}:[0-9a-z]+$/);
  });

  it("serves the tRPC client, which resumes from the id it last saw", async () => {
    const [teacher, student] = await Promise.all([login("teacher1"), login("student1")]);
    const classId = await classOf(teacher.token, "7-A");
    const teacherClient = createNodeClient({ url: api.url, token: teacher.token });
    const studentClient = createNodeClient({ url: api.url, token: student.token });
    const listen = (lastEventId: string | null, into: Array<{ id: string; body: string }>) =>
      new Promise<{ unsubscribe(): void }>((resolve) => {
        const subscription = studentClient.messages.onEvent.subscribe(
          { classId, lastEventId },
          { onStarted: () => resolve(subscription), onData: ({ id, data }) => into.push({ id, body: data.kind === "class.updated" ? `(${data.kind})` : data.message.body }) },
        );
      });
    const first: Array<{ id: string; body: string }> = [];
    const subscription = await listen(null, first);
    await teacherClient.messages.send.mutate({ classId, body: "before", clientId: randomUUID() });
    await expect.poll(() => first.length).toBe(1);
    subscription.unsubscribe();
    await teacherClient.messages.send.mutate({ classId, body: "missed", clientId: randomUUID() });

    const resumed: Array<{ id: string; body: string }> = [];
    const again = await listen(first[0]!.id, resumed);
    await expect.poll(() => resumed.map((event) => event.body)).toEqual(["missed"]);

    // A settings change rings the stream and leaves its id where it was.
    await teacherClient.classes.setPostingPolicy.mutate({ classId, postingPolicy: "teachers_only" });
    await teacherClient.classes.setPostingPolicy.mutate({ classId, postingPolicy: "everyone" });
    await expect.poll(() => resumed.map((event) => event.body)).toEqual(["missed", "(class.updated)", "(class.updated)"]);
    expect(new Set(resumed.map((event) => event.id)).size).toBe(1);
    again.unsubscribe();
  });

  it("leaves refusals to tRPC: anonymous, not a member, a forged event id", async () => {
    const [student1, student30] = await Promise.all([login("student1"), login("student30")]);
    const classId = await classOf(student1.token, "7-A");
    const codeOf = async (query: Record<string, unknown>, headers: Record<string, string>) => {
      const { status, blocks, body } = await rawStream(query, headers, 2);
      // tRPC answers a refused subscription with a stream too: connected, then the error.
      const errorBlock = blocks.map((block) => block.trim()).find((block) => block.startsWith("event: serialized-error"));
      if (!errorBlock) throw new Error(`no error event (HTTP ${status}): ${body || blocks.join(" | ")}`);
      return superjson.deserialize<{ data: { code: string } }>(JSON.parse(errorBlock.split("\n")[1]!.slice("data: ".length))).data.code;
    };
    expect(await codeOf({ classId }, {})).toBe("UNAUTHORIZED");
    expect(await codeOf({ classId }, { authorization: "Bearer forged-token" })).toBe("UNAUTHORIZED");
    expect(await codeOf({ classId }, { authorization: `Bearer ${student30.token}` })).toBe("NOT_FOUND");
    expect(await codeOf({ classId: randomUUID() }, { authorization: `Bearer ${student1.token}` })).toBe("NOT_FOUND");
    expect(await codeOf({ classId, lastEventId: "1.forged" }, { authorization: `Bearer ${student1.token}` })).toBe("BAD_REQUEST");
  });
});
