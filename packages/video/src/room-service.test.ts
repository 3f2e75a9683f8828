// The room API wrapper against the LiveKit stand-in (a local HTTP server speaking LiveKit's Twirp
// JSON), or against a real LiveKit server when LIVEKIT_URL is set. Assertions on recorded requests
// and on connected participants need the stand-in and are skipped against a real server.
import { randomUUID } from "node:crypto";
import { TrackSource } from "livekit-server-sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { speakerPermission } from "./grants.ts";
import { createRoomService, type RoomService } from "./room-service.ts";
import { startTestLiveKit, type TestLiveKit } from "./testing/livekit-for-tests.ts";

let livekit: TestLiveKit;
let rooms: RoomService;

beforeAll(async () => {
  livekit = await startTestLiveKit();
  rooms = createRoomService(livekit);
});
afterAll(() => livekit.close());

const roomName = () => `zang-test-${randomUUID()}`;
const withStandIn = () => it.skipIf(livekit?.standIn === null);

describe("room service", () => {
  it("creates a room with its limits, and creating it again returns the same room", async () => {
    const name = roomName();
    const room = await rooms.createRoom({ name, maxParticipants: 33, emptyTimeoutSeconds: 600, departureTimeoutSeconds: 120 });
    expect(room).toMatchObject({ name, maxParticipants: 33, emptyTimeoutSeconds: 600, departureTimeoutSeconds: 120 });
    expect(room.sid).toMatch(/^RM_/);
    const again = await rooms.createRoom({ name, maxParticipants: 33, emptyTimeoutSeconds: 600, departureTimeoutSeconds: 120 });
    expect(again.sid).toBe(room.sid);
    expect(await rooms.listParticipants(name)).toEqual([]);
    expect(await rooms.deleteRoom(name)).toEqual({ deleted: true });
  });

  it("closes a room once, and reports a room that is already gone", async () => {
    const name = roomName();
    await rooms.createRoom({ name, maxParticipants: 5, emptyTimeoutSeconds: 60, departureTimeoutSeconds: 60 });
    expect(await rooms.deleteRoom(name)).toEqual({ deleted: true });
    expect(await rooms.deleteRoom(name)).toEqual({ deleted: false });
  });

  it("reports a participant who is not connected instead of failing", async () => {
    const name = roomName();
    await rooms.createRoom({ name, maxParticipants: 5, emptyTimeoutSeconds: 60, departureTimeoutSeconds: 60 });
    expect(await rooms.updatePermission({ room: name, identity: randomUUID(), permission: speakerPermission({ canSpeak: true }) })).toEqual({ updated: false });
    await rooms.deleteRoom(name);
  });

  it("is refused with a wrong secret", async () => {
    const forged = createRoomService({ ...livekit, apiSecret: "not-the-secret-of-this-livekit-server" });
    await expect(forged.createRoom({ name: roomName(), maxParticipants: 5, emptyTimeoutSeconds: 60, departureTimeoutSeconds: 60 })).rejects.toMatchObject({ status: 401 });
  });

  withStandIn()("grants and revokes a connected student's microphone, sending the documented request", async () => {
    const standIn = livekit.standIn!;
    const name = roomName();
    const identity = randomUUID();
    await rooms.createRoom({ name, maxParticipants: 5, emptyTimeoutSeconds: 60, departureTimeoutSeconds: 60 });
    standIn.connectParticipant({ room: name, identity, permission: speakerPermission({ canSpeak: false }) });

    expect(await rooms.updatePermission({ room: name, identity, permission: speakerPermission({ canSpeak: true }) })).toEqual({ updated: true });
    expect(standIn.participant(name, identity)?.permission).toMatchObject({ canPublish: true, canSubscribe: true, canPublishData: false, canPublishSources: [TrackSource.MICROPHONE] });
    expect(await rooms.listParticipants(name)).toEqual([expect.objectContaining({ identity, canPublish: true, canPublishSources: [TrackSource.MICROPHONE] })]);

    await rooms.updatePermission({ room: name, identity, permission: speakerPermission({ canSpeak: false }) });
    expect(standIn.participant(name, identity)?.permission).toMatchObject({ canPublish: false, canSubscribe: true, canPublishSources: [] });

    const [grant, revoke] = standIn.requestsOf("UpdateParticipant").filter((request) => request.body.room === name);
    expect(grant).toMatchObject({ status: 200, grant: { roomAdmin: true, room: name }, body: { room: name, identity, permission: { canSubscribe: true, canPublish: true, canPublishSources: ["MICROPHONE"] } } });
    // proto3 JSON leaves out false and empty values: revoking sends only what stays allowed.
    expect(revoke!.body.permission).toEqual({ canSubscribe: true });
    expect(standIn.requestsOf("CreateRoom").find((request) => request.body.name === name)).toMatchObject({
      grant: { roomCreate: true },
      body: { name, maxParticipants: 5, emptyTimeout: 60, departureTimeout: 60 },
    });
  });
});
