import { Track } from "livekit-client";

type Permission = { canPublish: boolean; canPublishSources: readonly number[] };

/**
 * Whether the participant may publish this source right now, by LiveKit's own rule: publishing
 * must be allowed, and an empty source list means "any source". Students get the microphone only
 * while the teacher allows it, and LiveKit pushes the change to the student's browser live.
 */
export function canPublishSource(permission: Permission | undefined, source: Track.Source): boolean {
  if (!permission?.canPublish) return false;
  return permission.canPublishSources.length === 0 || permission.canPublishSources.some((proto) => Track.sourceFromProto(proto) === source);
}
