// LiveKit's webhooks, verified with the SDK's WebhookReceiver (a JWT in the Authorization header,
// signed with our API secret, whose sha256 claim is the hash of the exact body bytes) and reduced
// to the few facts lessons care about.
import { WebhookReceiver, type WebhookEvent } from "livekit-server-sdk";

export type VideoWebhookKind = "room_started" | "room_finished" | "participant_joined" | "participant_left" | "other";

export type VideoWebhookEvent = {
  /** LiveKit's unique event id: a redelivery carries the same id. */
  id: string;
  kind: VideoWebhookKind;
  /** LiveKit's own name for the event, kept for the record. */
  event: string;
  roomName: string | null;
  /** When LiveKit says it happened (not when it reached us). */
  occurredAt: Date;
  participant: { sid: string; identity: string; joinedAt: Date | null } | null;
};

/** The request was not signed by our LiveKit server (or not for this body). */
export class WebhookRejectedError extends Error {
  override name = "WebhookRejectedError";
}

const KIND_BY_EVENT: Record<string, VideoWebhookKind> = {
  room_started: "room_started",
  room_finished: "room_finished",
  participant_joined: "participant_joined",
  participant_left: "participant_left",
  // The participant never fully connected; for attendance it is a leave.
  participant_connection_aborted: "participant_left",
};

const secondsToDate = (seconds: bigint) => (seconds > 0n ? new Date(Number(seconds) * 1000) : null);
const millisToDate = (millis: bigint) => (millis > 0n ? new Date(Number(millis)) : null);

export function toVideoWebhookEvent(event: WebhookEvent, receivedAt: Date = new Date()): VideoWebhookEvent {
  const participant = event.participant;
  return {
    id: event.id,
    kind: KIND_BY_EVENT[event.event] ?? "other",
    event: event.event,
    roomName: event.room?.name || null,
    occurredAt: secondsToDate(event.createdAt) ?? receivedAt,
    participant: participant
      ? { sid: participant.sid, identity: participant.identity, joinedAt: millisToDate(participant.joinedAtMs) ?? secondsToDate(participant.joinedAt) }
      : null,
  };
}

export type WebhookVerifier = {
  /** Verifies and parses one delivery; throws WebhookRejectedError when it is unsigned or forged. */
  receive(body: string, authorization: string | undefined): Promise<VideoWebhookEvent>;
};

export function createWebhookVerifier({ apiKey, apiSecret }: { apiKey: string; apiSecret: string }): WebhookVerifier {
  const receiver = new WebhookReceiver(apiKey, apiSecret);
  return {
    async receive(body, authorization) {
      // LiveKit sends the bare JWT; accept a "Bearer " prefix too, as proxies sometimes add one.
      const token = authorization?.replace(/^Bearer\s+/i, "").trim();
      if (!token) throw new WebhookRejectedError("The webhook has no Authorization header.");
      let event: WebhookEvent;
      try {
        event = await receiver.receive(body, token);
      } catch (error) {
        throw new WebhookRejectedError(`The webhook signature is not valid: ${(error as Error).message}`);
      }
      if (!event.id) throw new WebhookRejectedError("The webhook has no event id.");
      return toVideoWebhookEvent(event);
    },
  };
}
