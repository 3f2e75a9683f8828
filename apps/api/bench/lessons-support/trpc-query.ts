// A tRPC query over bare node:http (GET with superjson input), next to support/trpc-http.ts's mutate.
import { request, type Agent } from "node:http";
import superjson from "superjson";

export function query<T>({ baseUrl, path, input, token, agent }: { baseUrl: string; path: string; input: unknown; token?: string; agent: Agent }): Promise<T> {
  const url = `${baseUrl}/trpc/${path}?input=${encodeURIComponent(JSON.stringify(superjson.serialize(input)))}`;
  return new Promise<T>((resolve, reject) => {
    const req = request(url, { method: "GET", agent, headers: token ? { authorization: `Bearer ${token}` } : {} }, (res) => {
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
    });
    req.on("error", reject);
    req.end();
  });
}

/** A plain GET, to open keep-alive connections before a measured burst. */
export function get({ url, agent }: { url: string; agent: Agent }): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: "GET", agent }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
    });
    req.on("error", reject);
    req.end();
  });
}
