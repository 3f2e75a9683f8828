// A flaky network: a tRPC mutation whose answer never reaches the client. The request goes out on
// its own socket, which is then dropped — right after sending (the server may or may not have run
// it) or as the answer starts (it certainly has) — so the client must retry without knowing.
import { request } from "node:http";
import superjson from "superjson";

export type HangUpMoment = "after-send" | "on-answer";

export function mutateAndHangUp({ baseUrl, path, input, token, moment }: { baseUrl: string; path: string; input: unknown; token: string; moment: HangUpMoment }): Promise<void> {
  const body = JSON.stringify(superjson.serialize(input));
  return new Promise((resolve) => {
    const req = request(`${baseUrl}/trpc/${path}`, {
      method: "POST",
      agent: false,
      headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body), authorization: `Bearer ${token}` },
    });
    req.on("error", () => undefined); // the hang-up itself
    req.on("close", () => resolve());
    if (moment === "on-answer") req.on("response", () => req.destroy());
    else req.on("finish", () => req.destroy());
    req.end(body);
  });
}
