// Opens keep-alive connections before a measured burst (tRPC calls are in support/trpc-http.ts).
import { request, type Agent } from "node:http";

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
