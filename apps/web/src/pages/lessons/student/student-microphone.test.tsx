// @vitest-environment jsdom
import { ParticipantPermission, TrackSource } from "@livekit/protocol";
import { RoomContext } from "@livekit/components-react";
import { act, cleanup, render, screen } from "@testing-library/react";
import { Room, setLogLevel } from "livekit-client";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fa } from "../../../i18n/fa.ts";
import { Providers } from "../../../providers.tsx";
import { StudentMicrophone } from "./student-microphone.tsx";

setLogLevel("warn");
afterEach(() => cleanup());

// livekit-client's simulated room: a connected local participant without a server or media.
async function simulatedRoom(): Promise<Room> {
  const room = new Room();
  await room.simulateParticipants({ participants: { count: 1, audio: false, video: false }, publish: { audio: false, video: false } });
  return room;
}

const listener = new ParticipantPermission({ canSubscribe: true, canPublish: false, canPublishSources: [] });
const speaker = new ParticipantPermission({ canSubscribe: true, canPublish: true, canPublishSources: [TrackSource.MICROPHONE] });

describe("StudentMicrophone", () => {
  it("appears when LiveKit grants the microphone and goes when it is revoked, without a reload", async () => {
    const room = await simulatedRoom();
    const onCanSpeakChange = vi.fn();
    room.localParticipant.setPermissions(listener);
    render(
      <Providers>
        <RoomContext.Provider value={room}>
          <StudentMicrophone onCanSpeakChange={onCanSpeakChange} />
        </RoomContext.Provider>
      </Providers>,
    );
    const microphone = () => screen.queryByRole("button", { name: fa.lessons.controls.microphoneOn });
    expect(microphone()).toBeNull();

    // What LiveKit does when the teacher's UpdateParticipant arrives: it pushes the new permission.
    act(() => void room.localParticipant.setPermissions(speaker));
    expect(await screen.findByRole("button", { name: fa.lessons.controls.microphoneOn })).toBeTruthy();
    expect(onCanSpeakChange).toHaveBeenLastCalledWith(true);

    act(() => void room.localParticipant.setPermissions(listener));
    expect(microphone()).toBeNull();
    expect(onCanSpeakChange).toHaveBeenLastCalledWith(false);
  });
});
