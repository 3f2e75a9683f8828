import { ConnectionError, DisconnectReason } from "livekit-client";
import { describe, expect, it } from "vitest";
import { initialRoomStatus, nextRoomStatus, roomEndOf, roomFailureOf, type RoomEvent, type RoomStatus } from "./room-status.ts";

const run = (events: RoomEvent[], from: RoomStatus = { kind: "connecting" }) => events.reduce(nextRoomStatus, from);

describe("roomFailureOf", () => {
  it("reads an unreachable, silent or WebSocket-blocking server as unreachable", () => {
    expect(roomFailureOf(ConnectionError.serverUnreachable("fetch failed"))).toBe("unreachable");
    expect(roomFailureOf(ConnectionError.timeout("no answer"))).toBe("unreachable");
    expect(roomFailureOf(ConnectionError.websocket("closed", 502))).toBe("unreachable");
    expect(roomFailureOf(ConnectionError.serviceNotFound("v1 RTC path not found", "v0-rtc"))).toBe("unreachable");
    expect(roomFailureOf(new TypeError("Failed to fetch"))).toBe("unreachable");
  });

  it("reads a refused token or a closed room as refused, and our own cancel as nothing", () => {
    expect(roomFailureOf(ConnectionError.notAllowed("invalid token", 401))).toBe("refused");
    expect(roomFailureOf(ConnectionError.leaveRequest("room deleted", DisconnectReason.ROOM_DELETED))).toBe("refused");
    expect(roomFailureOf(ConnectionError.cancelled("aborted"))).toBeNull();
  });
});

describe("roomEndOf", () => {
  it("tells the teacher ending the lesson apart from a lost connection", () => {
    expect(roomEndOf(DisconnectReason.ROOM_DELETED)).toBe("roomClosed");
    expect(roomEndOf(DisconnectReason.ROOM_CLOSED)).toBe("roomClosed");
    expect(roomEndOf(DisconnectReason.PARTICIPANT_REMOVED)).toBe("removed");
    expect(roomEndOf(DisconnectReason.DUPLICATE_IDENTITY)).toBe("replaced");
    expect(roomEndOf(DisconnectReason.CLIENT_INITIATED)).toBe("left");
    expect(roomEndOf(DisconnectReason.SIGNAL_CLOSE)).toBe("lost");
    expect(roomEndOf(undefined)).toBe("lost");
  });
});

describe("nextRoomStatus", () => {
  it("shows a failed connect as its cause, though livekit-client reports 'disconnected' first", () => {
    const status = run([{ type: "disconnected", reason: DisconnectReason.UNKNOWN_REASON }, { type: "error", error: ConnectionError.serverUnreachable("x") }]);
    expect(status).toEqual({ kind: "failed", failure: "unreachable" });
    expect(nextRoomStatus(status, { type: "connected" })).toBe(status);
  });

  it("keeps the room on screen when a device error follows the connection", () => {
    expect(run([{ type: "connected" }, { type: "error", error: new Error("NotAllowedError: Permission denied") }])).toEqual({ kind: "connected" });
  });

  it("goes through reconnecting and back, and ends when the room goes away", () => {
    expect(run([{ type: "connected" }, { type: "reconnecting" }])).toEqual({ kind: "reconnecting" });
    expect(run([{ type: "connected" }, { type: "reconnecting" }, { type: "connected" }])).toEqual({ kind: "connected" });
    expect(run([{ type: "connected" }, { type: "disconnected", reason: DisconnectReason.ROOM_DELETED }])).toEqual({ kind: "ended", end: "roomClosed" });
  });

  it("starts as failed in a browser without WebRTC", () => {
    expect(initialRoomStatus({ isBrowserSupported: false })).toEqual({ kind: "failed", failure: "unsupported" });
    expect(initialRoomStatus({ isBrowserSupported: true })).toEqual({ kind: "connecting" });
  });
});
