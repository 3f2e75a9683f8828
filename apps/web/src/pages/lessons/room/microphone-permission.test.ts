import { Track } from "livekit-client";
import { describe, expect, it } from "vitest";
import { canPublishSource } from "./microphone-permission.ts";

// @livekit/protocol's TrackSource numbers, as LiveKit sends them in a participant's permission.
const CAMERA = 1;
const MICROPHONE = 2;

describe("canPublishSource", () => {
  it("allows the microphone only once the teacher's grant arrives", () => {
    expect(canPublishSource(undefined, Track.Source.Microphone)).toBe(false);
    expect(canPublishSource({ canPublish: false, canPublishSources: [] }, Track.Source.Microphone)).toBe(false);
    expect(canPublishSource({ canPublish: true, canPublishSources: [MICROPHONE] }, Track.Source.Microphone)).toBe(true);
  });

  it("follows LiveKit's rule: listed sources only, an empty list allows any", () => {
    expect(canPublishSource({ canPublish: true, canPublishSources: [MICROPHONE] }, Track.Source.Camera)).toBe(false);
    expect(canPublishSource({ canPublish: true, canPublishSources: [CAMERA] }, Track.Source.Microphone)).toBe(false);
    expect(canPublishSource({ canPublish: true, canPublishSources: [] }, Track.Source.Camera)).toBe(true);
  });
});
