// Which LiveKit the tests talk to: a real server when LIVEKIT_URL (with LIVEKIT_API_KEY and
// LIVEKIT_API_SECRET) is set in the environment, otherwise the in-memory Twirp stand-in. Tests that
// look at what the stand-in recorded (or connect fake participants) skip against a real server.
import type { VideoConfig } from "../config.ts";
import { startLiveKitStandIn, type LiveKitStandIn } from "./livekit-twirp-server.ts";

export type TestLiveKit = VideoConfig & { apiKey: string; apiSecret: string; standIn: LiveKitStandIn | null; close(): Promise<void> };

export function realLiveKitFromEnv(source: NodeJS.ProcessEnv = process.env): VideoConfig | null {
  const { LIVEKIT_URL: url, LIVEKIT_API_KEY: apiKey, LIVEKIT_API_SECRET: apiSecret } = source;
  if (!url) return null;
  if (!apiKey || !apiSecret) throw new Error("LIVEKIT_URL is set for the tests: set LIVEKIT_API_KEY and LIVEKIT_API_SECRET too.");
  return { url, apiKey, apiSecret };
}

export async function startTestLiveKit(): Promise<TestLiveKit> {
  const real = realLiveKitFromEnv();
  if (real) return { ...real, standIn: null, close: async () => {} };
  const standIn = await startLiveKitStandIn();
  return { url: standIn.url, apiKey: standIn.apiKey, apiSecret: standIn.apiSecret, standIn, close: () => standIn.close() };
}

/** The LiveKit started by `@zang/video/testing/global-setup` for this test run, or null without it. */
export function testLiveKitConfig(): VideoConfig | null {
  const { ZANG_TEST_LIVEKIT_URL: url, ZANG_TEST_LIVEKIT_API_KEY: apiKey, ZANG_TEST_LIVEKIT_API_SECRET: apiSecret } = process.env;
  return url && apiKey && apiSecret ? { url, apiKey, apiSecret } : null;
}
