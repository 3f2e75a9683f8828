import { describe, expect, it } from "vitest";
import { readEnv, videoConfigOf } from "./env.ts";

describe("LiveKit configuration", () => {
  it("leaves video lessons unconfigured when no LIVEKIT_* variable is set", () => {
    expect(videoConfigOf(readEnv({}))).toBeUndefined();
    expect(videoConfigOf(readEnv({ LIVEKIT_URL: "", LIVEKIT_API_KEY: "", LIVEKIT_API_SECRET: "" }))).toBeUndefined();
  });

  it("takes all three together", () => {
    const env = readEnv({ LIVEKIT_URL: "wss://live.example.org", LIVEKIT_API_KEY: "APIkey", LIVEKIT_API_SECRET: "secret" });
    expect(videoConfigOf(env)).toEqual({ url: "wss://live.example.org", apiKey: "APIkey", apiSecret: "secret" });
  });

  it("names the missing variables when only some are set", () => {
    expect(() => readEnv({ LIVEKIT_URL: "wss://live.example.org" })).toThrow(/LIVEKIT_API_KEY is required[\s\S]*LIVEKIT_API_SECRET is required/);
  });

  it("refuses a URL LiveKit cannot be reached at", () => {
    expect(() => readEnv({ LIVEKIT_URL: "ftp://live.example.org", LIVEKIT_API_KEY: "k", LIVEKIT_API_SECRET: "s" })).toThrow(/LIVEKIT_URL must be/);
  });
});

describe("metrics configuration", () => {
  it("leaves metrics off by default and refuses a guessable token", () => {
    expect(readEnv({}).ZANG_METRICS_TOKEN).toBeUndefined();
    expect(() => readEnv({ ZANG_METRICS_TOKEN: "short" })).toThrow(/ZANG_METRICS_TOKEN must be at least 16 characters/);
  });
});
