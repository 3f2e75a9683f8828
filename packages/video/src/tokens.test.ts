// Join tokens, read back with the SDK's own TokenVerifier: identity, name, room, every grant, expiry.
import { TokenVerifier } from "livekit-server-sdk";
import { afterEach, describe, expect, it, vi } from "vitest";
import { JOIN_TOKEN_TTL_SECONDS } from "./tokens.ts";
import { createVideo } from "./video.ts";

const config = { url: "wss://live.example.org", apiKey: "APIzang", apiSecret: "a-secret-of-at-least-32-characters-long" };
const video = createVideo(config);
const verifier = new TokenVerifier(config.apiKey, config.apiSecret);
const room = "zang-lesson-1";
const userId = "6f1c1d2e-8a51-4b7e-9a55-0c6f4b1e2d3a";

afterEach(() => vi.useRealTimers());

describe("join tokens", () => {
  it("gives the teacher camera, microphone, screen and room admin in this room only", async () => {
    const before = Math.floor(Date.now() / 1000);
    const claims = await verifier.verify(await video.joinToken({ room, identity: userId, name: "خانم احمدی", seat: "teacher", canSpeak: false }));
    expect(claims.sub).toBe(userId);
    expect(claims.name).toBe("خانم احمدی");
    expect(claims.iss).toBe(config.apiKey);
    expect(claims.video).toEqual({
      room,
      roomJoin: true,
      roomAdmin: true,
      canSubscribe: true,
      canPublish: true,
      canPublishSources: ["camera", "microphone", "screen_share", "screen_share_audio"],
      canPublishData: true,
      canUpdateOwnMetadata: false,
      hidden: false,
    });
    expect(claims.video).not.toHaveProperty("roomCreate");
    expect(claims.video).not.toHaveProperty("roomList");
    expect(claims.video).not.toHaveProperty("roomRecord");
    expect(claims.exp! - claims.nbf!).toBe(JOIN_TOKEN_TTL_SECONDS);
    expect(claims.exp).toBeGreaterThanOrEqual(before + JOIN_TOKEN_TTL_SECONDS);
    expect(claims.exp).toBeLessThanOrEqual(before + JOIN_TOKEN_TTL_SECONDS + 2);
  });

  it("lets a student only subscribe until the teacher allows the microphone", async () => {
    const claims = await verifier.verify(await video.joinToken({ room, identity: userId, name: "Sara", seat: "student", canSpeak: false }));
    expect(claims.sub).toBe(userId);
    expect(claims.name).toBe("Sara");
    expect(claims.video).toEqual({
      room,
      roomJoin: true,
      roomAdmin: false,
      canSubscribe: true,
      canPublish: false,
      canPublishSources: [],
      canPublishData: false,
      canUpdateOwnMetadata: false,
      hidden: false,
    });
    expect(claims.exp! - claims.nbf!).toBe(JOIN_TOKEN_TTL_SECONDS);
  });

  it("gives a student who may speak the microphone and nothing else", async () => {
    const claims = await verifier.verify(await video.joinToken({ room, identity: userId, name: "Sara", seat: "student", canSpeak: true }));
    expect(claims.video).toMatchObject({ room, roomJoin: true, roomAdmin: false, canSubscribe: true, canPublish: true, canPublishSources: ["microphone"], canPublishData: false });
  });

  it("is refused once expired, and by a verifier with another secret or key", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2030-01-01T08:00:00Z"));
    const token = await video.joinToken({ room, identity: userId, name: "Sara", seat: "student", canSpeak: false });
    await expect(new TokenVerifier(config.apiKey, "another-secret-of-at-least-32-chars").verify(token)).rejects.toThrow();
    await expect(new TokenVerifier("APIother", config.apiSecret).verify(token)).rejects.toThrow();
    vi.setSystemTime(new Date(Date.parse("2030-01-01T08:00:00Z") + (JOIN_TOKEN_TTL_SECONDS - 1) * 1000));
    await expect(verifier.verify(token, 0)).resolves.toMatchObject({ sub: userId });
    vi.setSystemTime(new Date(Date.parse("2030-01-01T08:00:00Z") + (JOIN_TOKEN_TTL_SECONDS + 1) * 1000));
    await expect(verifier.verify(token, 0)).rejects.toThrow(/exp/);
  });

  it("refuses to mint a token without an identity", async () => {
    await expect(video.joinToken({ room, identity: "", name: "x", seat: "student", canSpeak: false })).rejects.toThrow(/identity/);
  });
});
