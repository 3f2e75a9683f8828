// tRPC over bare node:http, as thin as the wire format allows: the benchmark must spend its own
// CPU on counting, not on a client library, so the API stays the thing being measured.
import { Agent, request, type IncomingMessage } from "node:http";
import superjson from "superjson";

/** A keep-alive connection pool for `sockets` requests in flight. */
export function keepAliveAgent(sockets: number): Agent {
  return new Agent({ keepAlive: true, maxSockets: sockets, maxFreeSockets: sockets });
}

/** Calls a tRPC mutation and returns its (superjson-decoded) result; throws with the server's message on an error. */
export function mutate<T>({ baseUrl, path, input, token, agent }: { baseUrl: string; path: string; input: unknown; token?: string; agent: Agent }): Promise<T> {
  const body = JSON.stringify(superjson.serialize(input));
  return new Promise<T>((resolve, reject) => {
    const req = request(
      `${baseUrl}/trpc/${path}`,
      {
        method: "POST",
        agent,
        headers: {
          "content-type": "application/json",
          "content-length": Buffer.byteLength(body),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (res) => readResult(res, path, resolve, reject),
    );
    req.on("error", reject);
    req.end(body);
  });
}

/** Calls a tRPC query (GET with the superjson input in the URL) and returns its decoded result. */
export function query<T>({ baseUrl, path, input, token, agent }: { baseUrl: string; path: string; input: unknown; token?: string; agent: Agent }): Promise<T> {
  const url = `${baseUrl}/trpc/${path}?input=${encodeURIComponent(JSON.stringify(superjson.serialize(input)))}`;
  return new Promise<T>((resolve, reject) => {
    const req = request(url, { method: "GET", agent, headers: token ? { authorization: `Bearer ${token}` } : {} }, (res) =>
      readResult(res, path, resolve, reject),
    );
    req.on("error", reject);
    req.end();
  });
}

/** Reads a tRPC response: the decoded result, or an error carrying the server's message. */
function readResult<T>(res: IncomingMessage, path: string, resolve: (value: T) => void, reject: (error: Error) => void): void {
  let text = "";
  res.setEncoding("utf8");
  res.on("data", (chunk: string) => (text += chunk));
  res.on("end", () => {
    try {
      const parsed = JSON.parse(text) as { result?: { data: Parameters<typeof superjson.deserialize>[0] }; error?: { json?: { message?: string } } };
      if (res.statusCode === 200 && parsed.result) resolve(superjson.deserialize<T>(parsed.result.data));
      else reject(new Error(`${path}: HTTP ${res.statusCode} ${parsed.error?.json?.message ?? text.slice(0, 200)}`));
    } catch (error) {
      reject(new Error(`${path}: HTTP ${res.statusCode}, unreadable response: ${(error as Error).message}`));
    }
  });
  res.on("error", reject);
}

/** The GET URL of a tRPC subscription (SSE): the input is superjson-encoded JSON in the query. */
export function subscriptionUrl({ baseUrl, path, input }: { baseUrl: string; path: string; input: unknown }): string {
  return `${baseUrl}/trpc/${path}?input=${encodeURIComponent(JSON.stringify(superjson.serialize(input)))}`;
}
