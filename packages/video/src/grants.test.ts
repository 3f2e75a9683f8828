import { TrackSource } from "livekit-server-sdk";
import { describe, expect, it } from "vitest";
import { grantFor, speakerPermission, studentGrant } from "./grants.ts";

describe("grants", () => {
  it("keeps the speaker permission in step with the student's join grant", () => {
    for (const canSpeak of [false, true]) {
      const grant = studentGrant("r", { canSpeak });
      const permission = speakerPermission({ canSpeak });
      expect(permission).toMatchObject({
        canSubscribe: grant.canSubscribe,
        canPublish: grant.canPublish,
        canPublishSources: grant.canPublishSources,
        canPublishData: grant.canPublishData,
      });
    }
    expect(speakerPermission({ canSpeak: true }).canPublishSources).toEqual([TrackSource.MICROPHONE]);
  });

  it("never gives a student admin, camera or screen", () => {
    const grant = grantFor("r", "student", { canSpeak: true });
    expect(grant.roomAdmin).toBe(false);
    expect(grant.canPublishSources).not.toContain(TrackSource.CAMERA);
    expect(grant.canPublishSources).not.toContain(TrackSource.SCREEN_SHARE);
  });
});
