export { startLiveKitStandIn, type LiveKitStandIn, type RecordedTwirpRequest } from "./livekit-twirp-server.ts";
export { signWebhook, signWebhookFacts, webhookBody, type SignedWebhook, type WebhookFacts } from "./sign-webhook.ts";
export { realLiveKitFromEnv, startTestLiveKit, testLiveKitConfig, type TestLiveKit } from "./livekit-for-tests.ts";
export { verifyJoinToken } from "./verify-token.ts";
