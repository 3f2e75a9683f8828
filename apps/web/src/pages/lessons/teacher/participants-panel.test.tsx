// @vitest-environment jsdom
import { ParticipantPermission, TrackSource } from "@livekit/protocol";
import { RoomContext } from "@livekit/components-react";
import { act, cleanup, render, screen, within } from "@testing-library/react";
import { Room, setLogLevel } from "livekit-client";
import { afterEach, describe, expect, it } from "vitest";
import type { ClassMember } from "../../../api-types.ts";
import { fa } from "../../../i18n/fa.ts";
import { Providers } from "../../../providers.tsx";
import { ParticipantsPanel } from "./participants-panel.tsx";

setLogLevel("warn");
afterEach(() => cleanup());

const LESSON_ID = "5e2a9c3b-2222-4d55-9a53-3f1c2b8e9d10";
const text = fa.lessons;

function member(userId: string, role: ClassMember["role"]): ClassMember {
  return { userId, displayName: userId, username: userId, role, isMuted: false, isActive: true };
}

describe("ParticipantsPanel", () => {
  it("lists who is in the LiveKit room and follows a student's microphone permission live", async () => {
    // livekit-client's simulated room: the local participant plus remote "simulated-0" and "simulated-1", no server.
    const room = new Room();
    await room.simulateParticipants({ participants: { count: 3, audio: false, video: false }, publish: { audio: false, video: false } });
    render(
      <Providers>
        <RoomContext.Provider value={room}>
          <ParticipantsPanel lessonId={LESSON_ID} members={[member("simulated-0", "student"), member("simulated-1", "teacher")]} />
        </RoomContext.Provider>
      </Providers>,
    );
    expect(screen.getByRole("heading", { name: text.participants.title("۳") })).toBeTruthy();
    const items = screen.getAllByRole("listitem");
    expect(items).toHaveLength(3);
    expect(within(items.find((item) => item.textContent?.includes("local-name"))!).getByText(`(${text.participants.you})`)).toBeTruthy();
    expect(within(items.find((item) => item.textContent?.includes("simulated-1"))!).getByText(text.participants.teacher)).toBeTruthy();
    // Only students get a microphone button; the teacher's own row and other teachers do not.
    expect(screen.getAllByRole("button")).toHaveLength(1);
    screen.getByRole("button", { name: text.hands.allow("simulated-0") });

    // LiveKit reports the grant (after the teacher's UpdateParticipant): the button turns into "take it back".
    const student = room.remoteParticipants.get("simulated-0")!;
    act(() => void student.setPermissions(new ParticipantPermission({ canSubscribe: true, canPublish: true, canPublishSources: [TrackSource.MICROPHONE] })));
    expect(await screen.findByRole("button", { name: text.hands.revoke("simulated-0") })).toBeTruthy();
  });
});
