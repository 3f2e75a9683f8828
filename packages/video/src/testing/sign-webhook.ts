// Webhooks signed exactly as a LiveKit server signs them: the body is the event's protobuf JSON,
// and the Authorization header is a JWT issued by the API key, signed with the secret, whose
// `sha256` claim is the base64 SHA-256 of the body. WebhookReceiver checks exactly this.
import { createHash } from "node:crypto";
import { AccessToken, ParticipantInfo, Room, WebhookEvent } from "livekit-server-sdk";

export type SignedWebhook = { body: string; authorization: string };

export async function signWebhook({
  apiKey,
  apiSecret,
  body,
  ttlSeconds = 5 * 60,
}: {
  apiKey: string;
  apiSecret: string;
  body: string;
  ttlSeconds?: number;
}): Promise<SignedWebhook> {
  const token = new AccessToken(apiKey, apiSecret, { ttl: ttlSeconds });
  token.sha256 = createHash("sha256").update(body, "utf8").digest("base64");
  return { body, authorization: await token.toJwt() };
}

const seconds = (date: Date) => BigInt(Math.floor(date.getTime() / 1000));

export type WebhookFacts = {
  id: string;
  event: "room_started" | "room_finished" | "participant_joined" | "participant_left" | "participant_connection_aborted" | "track_published";
  room: string;
  /** When LiveKit says it happened (whole seconds on the wire, as LiveKit sends). */
  at: Date;
  participant?: { sid: string; identity: string; name?: string; joinedAt: Date };
};

/** The JSON body LiveKit would post for these facts. */
export function webhookBody({ id, event, room, at, participant }: WebhookFacts): string {
  const webhook = new WebhookEvent({
    id,
    createdAt: seconds(at),
    room: new Room({ name: room, sid: `RM_${room.slice(-8)}` }),
    participant: participant
      ? new ParticipantInfo({
          sid: participant.sid,
          identity: participant.identity,
          name: participant.name ?? participant.identity,
          joinedAt: seconds(participant.joinedAt),
          joinedAtMs: BigInt(participant.joinedAt.getTime()),
        })
      : undefined,
  });
  // The SDK's WebhookEvent declares `event` with an initializer, which overwrites a value given to
  // the constructor; set it afterwards.
  webhook.event = event;
  return webhook.toJsonString();
}

export function signWebhookFacts(keys: { apiKey: string; apiSecret: string }, facts: WebhookFacts): Promise<SignedWebhook> {
  return signWebhook({ ...keys, body: webhookBody(facts) });
}
