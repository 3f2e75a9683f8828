import type { Db } from "@zang/db";
import type { VideoWebhookEvent } from "@zang/video";
import { applyParticipantEvent, applyRoomFinished, applyRoomStarted, type WebhookSqlResult } from "./webhook-sql.ts";

export type WebhookOutcome = "applied" | "duplicate" | "ignored";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Applies one verified LiveKit webhook to lessons and attendance. Deliveries may repeat and arrive
 * in any order; the result is the same (see webhook-sql.ts). Rooms that are not lessons, events
 * lessons do not use and participants that are not our users (egress, agents) are ignored.
 */
export async function applyVideoWebhook({ db, event }: { db: Db; event: VideoWebhookEvent }): Promise<{ outcome: WebhookOutcome }> {
  if (!event.roomName) return { outcome: "ignored" };
  const base = { eventId: event.id, event: event.event, roomName: event.roomName };
  let result: WebhookSqlResult;
  switch (event.kind) {
    case "room_started":
      result = await applyRoomStarted(db, { ...base, at: event.occurredAt });
      break;
    case "room_finished":
      result = await applyRoomFinished(db, { ...base, at: event.occurredAt });
      break;
    case "participant_joined":
    case "participant_left": {
      const participant = event.participant;
      if (!participant?.sid || !UUID.test(participant.identity)) return { outcome: "ignored" };
      const isJoin = event.kind === "participant_joined";
      result = await applyParticipantEvent(db, {
        ...base,
        userId: participant.identity,
        participantSid: participant.sid,
        joinedAt: participant.joinedAt ?? (isJoin ? event.occurredAt : null),
        leftAt: isJoin ? null : event.occurredAt,
      });
      break;
    }
    case "other":
      return { outcome: "ignored" };
    default: {
      const unknown: never = event.kind;
      throw new Error(`Unknown webhook kind ${String(unknown)}`);
    }
  }
  if (!result.isFresh) return { outcome: "duplicate" };
  return { outcome: result.changedRows > 0 ? "applied" : "ignored" };
}
