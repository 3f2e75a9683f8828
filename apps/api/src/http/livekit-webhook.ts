// POST /livekit/webhook: LiveKit tells us about rooms and participants. The signature covers the
// exact body bytes (a JWT in Authorization whose sha256 claim is the body's hash), so the raw body
// is read here, before anything parses it, and handed to the SDK's WebhookReceiver unchanged.
// Answers: 200 applied / duplicate / ignored; 401 unsigned or forged; 413 too large; 503 when
// LiveKit is not configured; 500 when the database failed (LiveKit then delivers again, and a
// redelivery is harmless).
import type { IncomingMessage, ServerResponse } from "node:http";
import { applyVideoWebhook, VIDEO_NOT_CONFIGURED_MESSAGE } from "@zang/core";
import type { Services } from "@zang/trpc";
import { WebhookRejectedError } from "@zang/video";

/** LiveKit's events are a few kilobytes; anything near this is not from LiveKit. */
export const MAX_WEBHOOK_BYTES = 256 * 1024;

export const LIVEKIT_WEBHOOK_PATH = "/livekit/webhook";

class BodyTooLargeError extends Error {}

async function readRawBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers["content-length"] ?? 0);
  if (declared > limit) throw new BodyTooLargeError();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new BodyTooLargeError();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function answer(res: ServerResponse, status: number, body: Record<string, unknown>, headers: Record<string, string> = {}) {
  res.writeHead(status, { "content-type": "application/json", "cache-control": "no-store", ...headers });
  res.end(JSON.stringify(body));
}

export async function handleLiveKitWebhook({
  services,
  req,
  res,
  onInternalError,
}: {
  services: Services;
  req: IncomingMessage;
  res: ServerResponse;
  onInternalError?: (error: unknown, path: string | undefined) => void;
}): Promise<void> {
  if (req.method !== "POST") return answer(res, 405, { error: "Use POST." }, { allow: "POST" });
  if (!services.video) return answer(res, 503, { error: VIDEO_NOT_CONFIGURED_MESSAGE });

  let body: string;
  try {
    body = (await readRawBody(req, MAX_WEBHOOK_BYTES)).toString("utf8");
  } catch (error) {
    if (error instanceof BodyTooLargeError) {
      answer(res, 413, { error: "Webhook body too large." }, { connection: "close" });
      req.destroy();
      return;
    }
    // The sender went away mid-body: nobody is left to answer, and LiveKit will deliver again.
    res.destroy();
    return;
  }

  let event;
  try {
    event = await services.video.webhooks.receive(body, req.headers.authorization);
  } catch (error) {
    if (error instanceof WebhookRejectedError) return answer(res, 401, { error: "The webhook is not signed by this server's LiveKit." });
    throw error;
  }

  try {
    const { outcome } = await applyVideoWebhook({ db: services.db, event });
    answer(res, 200, { outcome });
  } catch (error) {
    onInternalError?.(error, LIVEKIT_WEBHOOK_PATH);
    answer(res, 500, { error: "The webhook could not be recorded; deliver it again." });
  }
}
