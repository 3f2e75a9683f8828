// Vitest global setup for packages whose shared test services include video: one LiveKit (the
// stand-in, or the real server named by LIVEKIT_URL) per test run, handed to test files as
// ZANG_TEST_LIVEKIT_*.
import { startTestLiveKit } from "./livekit-for-tests.ts";

export default async function setup() {
  const livekit = await startTestLiveKit();
  process.env.ZANG_TEST_LIVEKIT_URL = livekit.url;
  process.env.ZANG_TEST_LIVEKIT_API_KEY = livekit.apiKey;
  process.env.ZANG_TEST_LIVEKIT_API_SECRET = livekit.apiSecret;
  return () => livekit.close();
}
