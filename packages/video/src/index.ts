export { assertVideoConfig, toClientUrl, toServiceUrl, type VideoConfig } from "./config.ts";
export { grantFor, speakerPermission, studentGrant, teacherGrant, type LessonSeat } from "./grants.ts";
export { createJoinToken, JOIN_TOKEN_TTL_SECONDS, type JoinTokenRequest } from "./tokens.ts";
export { createRoomService, isNotFound, type CreateRoomOptions, type ParticipantSummary, type RoomInfo, type RoomService } from "./room-service.ts";
export {
  createWebhookVerifier,
  toVideoWebhookEvent,
  WebhookRejectedError,
  type VideoWebhookEvent,
  type VideoWebhookKind,
  type WebhookVerifier,
} from "./webhooks.ts";
export { createVideo, type Video } from "./video.ts";
