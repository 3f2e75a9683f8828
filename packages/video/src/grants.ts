// What each kind of participant may do in a lesson room, as small pure functions so the policy is
// readable in one place and unit-tested against the SDK's own TokenVerifier.
import { TrackSource, type ParticipantPermission, type VideoGrant } from "livekit-server-sdk";

export type LessonSeat = "teacher" | "student";

/**
 * The teacher presents (camera, microphone, screen with its audio) and moderates the room
 * (roomAdmin: mute, remove, change permissions from the LiveKit client too).
 */
export function teacherGrant(room: string): VideoGrant {
  return {
    room,
    roomJoin: true,
    roomAdmin: true,
    canSubscribe: true,
    canPublish: true,
    canPublishSources: [TrackSource.CAMERA, TrackSource.MICROPHONE, TrackSource.SCREEN_SHARE, TrackSource.SCREEN_SHARE_AUDIO],
    canPublishData: true,
    canUpdateOwnMetadata: false,
    hidden: false,
  };
}

/**
 * A student listens and watches; they publish their microphone only while the teacher allows it
 * (hand raised and granted). Every field is set explicitly: LiveKit treats a grant without
 * canPublish/canSubscribe as "may do both", and canPublishData defaults to true.
 */
export function studentGrant(room: string, { canSpeak }: { canSpeak: boolean }): VideoGrant {
  return {
    room,
    roomJoin: true,
    roomAdmin: false,
    canSubscribe: true,
    canPublish: canSpeak,
    canPublishSources: canSpeak ? [TrackSource.MICROPHONE] : [],
    canPublishData: false,
    canUpdateOwnMetadata: false,
    hidden: false,
  };
}

/**
 * The permission set sent with UpdateParticipant when the teacher grants or revokes a student's
 * microphone. LiveKit replaces permissions as a whole, so this repeats everything studentGrant says.
 */
export function speakerPermission({ canSpeak }: { canSpeak: boolean }): Partial<ParticipantPermission> {
  return {
    canSubscribe: true,
    canPublish: canSpeak,
    canPublishSources: canSpeak ? [TrackSource.MICROPHONE] : [],
    canPublishData: false,
    canUpdateMetadata: false,
    hidden: false,
  };
}

export function grantFor(room: string, seat: LessonSeat, { canSpeak }: { canSpeak: boolean }): VideoGrant {
  switch (seat) {
    case "teacher":
      return teacherGrant(room);
    case "student":
      return studentGrant(room, { canSpeak });
    default: {
      const unknown: never = seat;
      throw new Error(`Unknown lesson seat ${String(unknown)}`);
    }
  }
}
