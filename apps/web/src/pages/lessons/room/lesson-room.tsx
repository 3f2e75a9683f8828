import { LiveKitRoom, useConnectionState } from "@livekit/components-react";
import { ConnectionState, isBrowserSupported, type DisconnectReason, type RoomOptions } from "livekit-client";
import { useCallback, useEffect, useReducer, useState, type ReactNode } from "react";
import { Alert } from "@zang/ui";
import { useI18n } from "../../../i18n/i18n-provider.tsx";
import type { JoinTicket } from "../lesson-types.ts";
import { initialRoomStatus, nextRoomStatus, type RoomEvent } from "./room-status.ts";
import { RoomStatusMessage } from "./room-status-message.tsx";

// Subscribe only to the video sizes shown, and stop sending layers nobody watches: a class of 35
// on school Wi-Fi needs both.
const ROOM_OPTIONS: RoomOptions = { adaptiveStream: true, dynacast: true };

/**
 * Connects to the lesson's LiveKit room and shows `children` (stage, controls, participants) only
 * while connected; otherwise it says what is happening: connecting, cannot reach the video server
 * (with a retry), reconnecting, or why the room went away.
 */
export function LessonRoom({
  ticket,
  isRejoining,
  onRejoin,
  onRoomClosed,
  children,
}: {
  ticket: JoinTicket;
  isRejoining: boolean;
  onRejoin: () => void;
  /** The teacher ended the lesson (or LiveKit closed the room): the page should re-read it. */
  onRoomClosed: () => void;
  children: ReactNode;
}) {
  const { messages } = useI18n();
  const [status, dispatch] = useReducer(nextRoomStatus, { isBrowserSupported: isBrowserSupported() }, initialRoomStatus);
  const [hasDeviceProblem, setHasDeviceProblem] = useState(false);
  // Stable callbacks: LiveKitRoom reconnects when they change.
  const onConnected = useCallback(() => dispatch({ type: "connected" }), []);
  const onError = useCallback((error: Error) => dispatch({ type: "error", error }), []);
  const onDisconnected = useCallback((reason?: DisconnectReason) => dispatch({ type: "disconnected", reason }), []);
  const onMediaDeviceFailure = useCallback(() => setHasDeviceProblem(true), []);
  const isRoomClosed = status.kind === "ended" && status.end === "roomClosed";
  useEffect(() => {
    if (isRoomClosed) onRoomClosed();
  }, [isRoomClosed, onRoomClosed]);

  const isUnsupported = status.kind === "failed" && status.failure === "unsupported";
  const isInRoom = status.kind === "connected" || status.kind === "reconnecting";
  return (
    <section className="lesson-room" aria-label={messages.lessons.room.label} aria-busy={status.kind === "connecting"}>
      <RoomStatusMessage status={status} isRejoining={isRejoining} onRejoin={onRejoin} />
      {hasDeviceProblem && <Alert tone="error" title={messages.lessons.room.mediaDevice} />}
      {!isUnsupported && (
        <LiveKitRoom
          className="lesson-room__livekit"
          serverUrl={ticket.url}
          token={ticket.token}
          connect={status.kind !== "failed" && status.kind !== "ended"}
          audio={false}
          video={false}
          options={ROOM_OPTIONS}
          onConnected={onConnected}
          onError={onError}
          onDisconnected={onDisconnected}
          onMediaDeviceFailure={onMediaDeviceFailure}
        >
          <ConnectionWatcher onEvent={dispatch} />
          {isInRoom && children}
        </LiveKitRoom>
      )}
    </section>
  );
}

/** Reconnects are only visible through the room's connection state, inside LiveKitRoom. */
function ConnectionWatcher({ onEvent }: { onEvent: (event: RoomEvent) => void }) {
  const state = useConnectionState();
  useEffect(() => {
    if (state === ConnectionState.Reconnecting || state === ConnectionState.SignalReconnecting) onEvent({ type: "reconnecting" });
    else if (state === ConnectionState.Connected) onEvent({ type: "connected" });
  }, [state, onEvent]);
  return null;
}
