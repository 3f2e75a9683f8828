// A stand-in for a LiveKit server's room API, for tests and benchmarks on machines where no
// LiveKit server can be installed. It answers the documented Twirp JSON endpoints Zang uses
// (POST /twirp/livekit.RoomService/{CreateRoom,DeleteRoom,UpdateParticipant,ListParticipants}),
// checks the bearer JWT and its grants the way LiveKit does, keeps rooms and participants in
// memory, and records every request so tests can assert exactly what was sent. Responses are built
// with the SDK's own protobuf classes, so the client parses what a real server would send.
// It is not a media server: "participants" exist only when a test connects them.
import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { ParticipantInfo, ParticipantInfo_State, ParticipantPermission, Room, TokenVerifier, type VideoGrant } from "livekit-server-sdk";

export type RecordedTwirpRequest = {
  method: string;
  /** The JSON body as sent. */
  body: Record<string, unknown>;
  /** The video grant of the caller's token (absent when the token was refused). */
  grant: VideoGrant | null;
  status: number;
};

type StandInRoom = { room: Room; participants: Map<string, ParticipantInfo> };

export type LiveKitStandIn = {
  /** http://127.0.0.1:<port>, to pass as LIVEKIT_URL. */
  url: string;
  apiKey: string;
  apiSecret: string;
  requests: RecordedTwirpRequest[];
  /** Requests of one method, in arrival order. */
  requestsOf(method: string): RecordedTwirpRequest[];
  hasRoom(name: string): boolean;
  /** Simulates a participant connecting with a join token (LiveKit would read identity and permissions from it). */
  connectParticipant(input: { room: string; identity: string; name?: string; sid?: string; permission?: Partial<ParticipantPermission> }): ParticipantInfo;
  participant(room: string, identity: string): ParticipantInfo | undefined;
  close(): Promise<void>;
};

class TwirpFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const text = (body: Record<string, unknown>, ...names: string[]): string => {
  for (const name of names) if (typeof body[name] === "string") return body[name] as string;
  return "";
};
const count = (body: Record<string, unknown>, ...names: string[]): number => {
  for (const name of names) if (body[name] !== undefined) return Number(body[name]);
  return 0;
};

export async function startLiveKitStandIn({ apiKey = "devkey", apiSecret = randomBytes(24).toString("hex"), host = "127.0.0.1" } = {}): Promise<LiveKitStandIn> {
  const verifier = new TokenVerifier(apiKey, apiSecret);
  const rooms = new Map<string, StandInRoom>();
  const requests: RecordedTwirpRequest[] = [];

  async function authorize(req: IncomingMessage): Promise<VideoGrant> {
    const header = req.headers.authorization ?? "";
    if (!header.startsWith("Bearer ")) throw new TwirpFailure(401, "unauthenticated", "missing bearer token");
    try {
      const claims = await verifier.verify(header.slice("Bearer ".length));
      return claims.video ?? {};
    } catch (error) {
      throw new TwirpFailure(401, "unauthenticated", `invalid token: ${(error as Error).message}`);
    }
  }

  function requireGrant(ok: boolean, what: string) {
    if (!ok) throw new TwirpFailure(403, "permission_denied", `token lacks ${what}`);
  }

  function roomNamed(name: string): StandInRoom {
    const found = rooms.get(name);
    if (!found) throw new TwirpFailure(404, "not_found", "requested room does not exist");
    return found;
  }

  const handlers: Record<string, (body: Record<string, unknown>, grant: VideoGrant) => unknown> = {
    CreateRoom(body, grant) {
      requireGrant(grant.roomCreate === true, "roomCreate");
      const name = text(body, "name");
      if (!name) throw new TwirpFailure(400, "invalid_argument", "room name is required");
      const existing = rooms.get(name);
      // LiveKit answers CreateRoom for an existing room with that room, unchanged.
      if (existing) return existing.room.toJson();
      const now = Date.now();
      const room = new Room({
        sid: `RM_${randomBytes(6).toString("hex")}`,
        name,
        emptyTimeout: count(body, "emptyTimeout", "empty_timeout"),
        departureTimeout: count(body, "departureTimeout", "departure_timeout"),
        maxParticipants: count(body, "maxParticipants", "max_participants"),
        metadata: text(body, "metadata"),
        creationTime: BigInt(Math.floor(now / 1000)),
        creationTimeMs: BigInt(now),
      });
      rooms.set(name, { room, participants: new Map() });
      return room.toJson();
    },
    DeleteRoom(body, grant) {
      requireGrant(grant.roomCreate === true, "roomCreate");
      const name = text(body, "room");
      roomNamed(name);
      rooms.delete(name);
      return {};
    },
    ListParticipants(body, grant) {
      const name = text(body, "room");
      requireGrant(grant.roomAdmin === true && grant.room === name, "roomAdmin for this room");
      const { participants } = roomNamed(name);
      return { participants: [...participants.values()].map((participant) => participant.toJson()) };
    },
    UpdateParticipant(body, grant) {
      const name = text(body, "room");
      requireGrant(grant.roomAdmin === true && grant.room === name, "roomAdmin for this room");
      const participant = roomNamed(name).participants.get(text(body, "identity"));
      if (!participant) throw new TwirpFailure(404, "not_found", "participant does not exist");
      if (body.permission) participant.permission = ParticipantPermission.fromJson(body.permission as never, { ignoreUnknownFields: true });
      if (typeof body.name === "string" && body.name) participant.name = body.name;
      if (typeof body.metadata === "string" && body.metadata) participant.metadata = body.metadata;
      participant.version += 1;
      return participant.toJson();
    },
  };

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const match = /^\/twirp\/livekit\.RoomService\/(\w+)$/.exec(req.url ?? "");
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    let body: Record<string, unknown> = {};
    let grant: VideoGrant | null = null;
    let status = 200;
    let answer: unknown;
    try {
      if (req.method !== "POST" || !match) throw new TwirpFailure(404, "bad_route", `no handler for ${req.method} ${req.url}`);
      const handler = handlers[match[1]!];
      if (!handler) throw new TwirpFailure(404, "bad_route", `method ${match[1]} is not implemented by the stand-in`);
      try {
        body = JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}") as Record<string, unknown>;
      } catch {
        throw new TwirpFailure(400, "malformed", "the body is not JSON");
      }
      grant = await authorize(req);
      answer = handler(body, grant);
    } catch (error) {
      if (!(error instanceof TwirpFailure)) throw error;
      status = error.status;
      answer = { code: error.code, msg: error.message };
    }
    requests.push({ method: match?.[1] ?? `${req.method} ${req.url}`, body, grant, status });
    res.writeHead(status, { "content-type": "application/json" });
    res.end(JSON.stringify(answer));
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      res.writeHead(500, { "content-type": "application/json" });
      res.end(JSON.stringify({ code: "internal", msg: String(error) }));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, host, resolve);
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://${host}:${port}`,
    apiKey,
    apiSecret,
    requests,
    requestsOf: (method) => requests.filter((request) => request.method === method),
    hasRoom: (name) => rooms.has(name),
    connectParticipant({ room, identity, name = identity, sid = `PA_${randomBytes(6).toString("hex")}`, permission = {} }) {
      const target = roomNamed(room);
      const now = Date.now();
      const participant = new ParticipantInfo({
        sid,
        identity,
        name,
        state: ParticipantInfo_State.ACTIVE,
        joinedAt: BigInt(Math.floor(now / 1000)),
        joinedAtMs: BigInt(now),
        permission: new ParticipantPermission(permission),
      });
      target.participants.set(identity, participant);
      return participant;
    },
    participant: (room, identity) => rooms.get(room)?.participants.get(identity),
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
