// The few LiveKit server API calls lessons need, over the SDK's RoomServiceClient (Twirp JSON).
// "Not found" answers are part of normal life here (ending a room LiveKit already closed, granting
// the microphone to a student who is not connected right now), so they become results, not errors.
import { RoomServiceClient, ServerError, type ParticipantPermission } from "livekit-server-sdk";
import { toServiceUrl, type VideoConfig } from "./config.ts";

export type CreateRoomOptions = {
  name: string;
  /** Most people in the room at once. */
  maxParticipants: number;
  /** Seconds the room stays open when nobody has joined yet. */
  emptyTimeoutSeconds: number;
  /** Seconds the room stays open after the last participant left (a grace period to rejoin). */
  departureTimeoutSeconds: number;
  metadata?: string;
};

export type RoomInfo = { sid: string; name: string; maxParticipants: number; emptyTimeoutSeconds: number; departureTimeoutSeconds: number };
export type ParticipantSummary = { sid: string; identity: string; name: string; canPublish: boolean; canPublishSources: number[] };

export type RoomService = {
  createRoom(options: CreateRoomOptions): Promise<RoomInfo>;
  /** Closes the room for everyone; false when LiveKit had no such room. */
  deleteRoom(name: string): Promise<{ deleted: boolean }>;
  /** Replaces a connected participant's permissions; false when they are not in the room. */
  updatePermission(input: { room: string; identity: string; permission: Partial<ParticipantPermission> }): Promise<{ updated: boolean }>;
  listParticipants(room: string): Promise<ParticipantSummary[]>;
};

export function isNotFound(error: unknown): boolean {
  return error instanceof ServerError && (error.code === "not_found" || error.status === 404);
}

export function createRoomService({ url, apiKey, apiSecret, requestTimeoutSeconds = 10 }: VideoConfig): RoomService {
  // failover is for LiveKit Cloud's regions; a self-hosted server has none to fail over to.
  const client = new RoomServiceClient(toServiceUrl(url), apiKey, apiSecret, { requestTimeout: requestTimeoutSeconds, failover: false });
  return {
    async createRoom({ name, maxParticipants, emptyTimeoutSeconds, departureTimeoutSeconds, metadata }) {
      const room = await client.createRoom({ name, maxParticipants, emptyTimeout: emptyTimeoutSeconds, departureTimeout: departureTimeoutSeconds, metadata: metadata ?? "" });
      return {
        sid: room.sid,
        name: room.name,
        maxParticipants: room.maxParticipants,
        emptyTimeoutSeconds: room.emptyTimeout,
        departureTimeoutSeconds: room.departureTimeout,
      };
    },
    async deleteRoom(name) {
      try {
        await client.deleteRoom(name);
        return { deleted: true };
      } catch (error) {
        if (isNotFound(error)) return { deleted: false };
        throw error;
      }
    },
    async updatePermission({ room, identity, permission }) {
      try {
        await client.updateParticipant(room, identity, { permission });
        return { updated: true };
      } catch (error) {
        if (isNotFound(error)) return { updated: false };
        throw error;
      }
    },
    async listParticipants(room) {
      try {
        const participants = await client.listParticipants(room);
        return participants.map((participant) => ({
          sid: participant.sid,
          identity: participant.identity,
          name: participant.name,
          canPublish: participant.permission?.canPublish ?? false,
          canPublishSources: participant.permission?.canPublishSources ?? [],
        }));
      } catch (error) {
        if (isNotFound(error)) return [];
        throw error;
      }
    },
  };
}
