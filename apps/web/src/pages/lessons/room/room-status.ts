// The lesson room's connection, as the page shows it. livekit-client reports through several
// callbacks (a failed connect may also be followed by a "disconnected"); this reducer turns them
// into one status, so the page never goes blank or flips between messages.
import { ConnectionError, ConnectionErrorReason, DisconnectReason } from "livekit-client";

/** Why a connection attempt failed: decides the message and whether retrying can help. */
export type RoomFailure = "unreachable" | "refused" | "unsupported";
/** Why a connected room went away. */
export type RoomEnd = "left" | "roomClosed" | "removed" | "replaced" | "lost";

export type RoomStatus =
  | { kind: "connecting" }
  | { kind: "connected" }
  | { kind: "reconnecting" }
  | { kind: "failed"; failure: RoomFailure }
  | { kind: "ended"; end: RoomEnd };

export type RoomEvent =
  | { type: "connected" }
  | { type: "reconnecting" }
  | { type: "error"; error: unknown }
  | { type: "disconnected"; reason: DisconnectReason | undefined };

/** Browsers without WebRTC fail before trying: say so instead of "cannot reach the server". */
export function initialRoomStatus({ isBrowserSupported }: { isBrowserSupported: boolean }): RoomStatus {
  return isBrowserSupported ? { kind: "connecting" } : { kind: "failed", failure: "unsupported" };
}

/**
 * A failed `room.connect`. Only a 401/403 (or "no such room", or being told to leave) answer from
 * LiveKit means it refused us; everything else — nothing listening, a proxy that drops WebSockets, a timeout — looks
 * the same to the reader: the video server cannot be reached from here.
 */
export function roomFailureOf(error: unknown): RoomFailure | null {
  if (error instanceof ConnectionError) {
    switch (error.reason) {
      case ConnectionErrorReason.NotAllowed:
      case ConnectionErrorReason.LeaveRequest:
        return "refused";
      case ConnectionErrorReason.Cancelled:
        // We left (unmounted) while connecting: nothing to report.
        return null;
      default:
        return "unreachable";
    }
  }
  return "unreachable";
}

export function roomEndOf(reason: DisconnectReason | undefined): RoomEnd {
  switch (reason) {
    case DisconnectReason.CLIENT_INITIATED:
      return "left";
    case DisconnectReason.ROOM_DELETED:
    case DisconnectReason.ROOM_CLOSED:
      return "roomClosed";
    case DisconnectReason.PARTICIPANT_REMOVED:
      return "removed";
    case DisconnectReason.DUPLICATE_IDENTITY:
      return "replaced";
    default:
      return "lost";
  }
}

export function nextRoomStatus(status: RoomStatus, event: RoomEvent): RoomStatus {
  // A failure or an end is final for this attempt: retrying mounts a new room with a new token.
  if (status.kind === "failed" || status.kind === "ended") return status;
  switch (event.type) {
    case "connected":
      return { kind: "connected" };
    case "reconnecting":
      return status.kind === "connected" ? { kind: "reconnecting" } : status;
    case "error": {
      // Once connected, an error concerns a microphone or camera, not the connection.
      if (status.kind !== "connecting") return status;
      const failure = roomFailureOf(event.error);
      return failure ? { kind: "failed", failure } : status;
    }
    case "disconnected":
      // A failed connect reports "disconnected" just before its error: let the error explain it.
      return status.kind === "connecting" ? status : { kind: "ended", end: roomEndOf(event.reason) };
  }
}
