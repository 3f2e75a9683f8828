import { assertVideoConfig, toClientUrl, type VideoConfig } from "./config.ts";
import { grantFor, type LessonSeat } from "./grants.ts";
import { createRoomService, type RoomService } from "./room-service.ts";
import { createJoinToken, JOIN_TOKEN_TTL_SECONDS } from "./tokens.ts";
import { createWebhookVerifier, type WebhookVerifier } from "./webhooks.ts";

/** Everything the rest of Zang needs from LiveKit, built once from configuration. */
export type Video = {
  /** What a browser passes to livekit-client's `room.connect(url, token)`. */
  clientUrl: string;
  joinToken(input: { room: string; identity: string; name: string; seat: LessonSeat; canSpeak: boolean }): Promise<string>;
  rooms: RoomService;
  webhooks: WebhookVerifier;
};

export function createVideo(config: VideoConfig): Video {
  assertVideoConfig(config);
  const { apiKey, apiSecret } = config;
  return {
    clientUrl: toClientUrl(config.url),
    joinToken: ({ room, identity, name, seat, canSpeak }) =>
      createJoinToken({ apiKey, apiSecret, identity, name, grant: grantFor(room, seat, { canSpeak }), ttlSeconds: JOIN_TOKEN_TTL_SECONDS }),
    rooms: createRoomService(config),
    webhooks: createWebhookVerifier({ apiKey, apiSecret }),
  };
}
