import { AccessToken, type VideoGrant } from "livekit-server-sdk";

/**
 * A join token only has to be valid when the client connects: once in the room, LiveKit refreshes
 * the participant's token itself. So it lives minutes, not the SDK's default six hours.
 */
export const JOIN_TOKEN_TTL_SECONDS = 5 * 60;

export type JoinTokenRequest = {
  apiKey: string;
  apiSecret: string;
  /** The user's id: webhooks and UpdateParticipant find the participant by it. */
  identity: string;
  /** Shown to the other participants. */
  name: string;
  grant: VideoGrant;
  ttlSeconds?: number;
};

export async function createJoinToken({ apiKey, apiSecret, identity, name, grant, ttlSeconds = JOIN_TOKEN_TTL_SECONDS }: JoinTokenRequest): Promise<string> {
  if (!identity) throw new Error("A join token needs an identity.");
  if (!grant.room) throw new Error("A join token needs a room.");
  const token = new AccessToken(apiKey, apiSecret, { identity, name, ttl: ttlSeconds });
  token.addGrant(grant);
  return token.toJwt();
}
