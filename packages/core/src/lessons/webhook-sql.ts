// LiveKit webhook effects as single SQL statements, on the pool directly. Why not the Prisma client:
// each statement records the event id (dedupe) and applies its effect atomically in one round
// trip, and the merges it needs ("keep the earliest join, the latest leave", LEAST/GREATEST over
// the stored value) are not expressible in Prisma's upsert. A whole class joining at the bell makes
// this the hot path of lessons (see `npm run bench:lessons`).
//
// Every effect is commutative and idempotent, so deliveries in any order, and again, converge on
// the same rows; the event-id table only saves the work of re-applying a redelivery.
import type { Db } from "@zang/db";

export type WebhookSqlResult = { isFresh: boolean; changedRows: number };

async function run(db: Db, sql: string, params: unknown[]): Promise<WebhookSqlResult> {
  const { rows } = await db.pool.query<{ fresh: number; changed: number }>(sql, params);
  return { isFresh: (rows[0]?.fresh ?? 0) > 0, changedRows: rows[0]?.changed ?? 0 };
}

const RECORD_EVENT = `fresh AS (INSERT INTO "LiveKitWebhookEvent" (id, event) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING RETURNING id)`;

/** room_started: the lesson started no later than this (live, unless it has already ended). */
export function applyRoomStarted(db: Db, input: { eventId: string; event: string; roomName: string; at: Date }) {
  return run(
    db,
    `WITH ${RECORD_EVENT},
     changed AS (
       UPDATE "Lesson"
       SET "startedAt" = LEAST("startedAt", $4::timestamptz),
           state = CASE WHEN state = 'scheduled' THEN 'live'::"LessonState" ELSE state END,
           "updatedAt" = now()
       WHERE "roomName" = $3 AND EXISTS (SELECT 1 FROM fresh)
       RETURNING 1)
     SELECT (SELECT count(*) FROM fresh)::int AS fresh, (SELECT count(*) FROM changed)::int AS changed`,
    [input.eventId, input.event, input.roomName, input.at],
  );
}

/** room_finished: the lesson ended no later than this. */
export function applyRoomFinished(db: Db, input: { eventId: string; event: string; roomName: string; at: Date }) {
  return run(
    db,
    `WITH ${RECORD_EVENT},
     changed AS (
       UPDATE "Lesson"
       SET "endedAt" = LEAST("endedAt", $4::timestamptz),
           "startedAt" = COALESCE("startedAt", $4::timestamptz),
           state = 'ended',
           "updatedAt" = now()
       WHERE "roomName" = $3 AND EXISTS (SELECT 1 FROM fresh)
       RETURNING 1)
     SELECT (SELECT count(*) FROM fresh)::int AS fresh, (SELECT count(*) FROM changed)::int AS changed`,
    [input.eventId, input.event, input.roomName, input.at],
  );
}

/**
 * participant_joined / participant_left: one session row per LiveKit participant sid, holding the
 * earliest join and latest leave seen for it. The identity must be a user of the lesson's school.
 */
export function applyParticipantEvent(
  db: Db,
  input: { eventId: string; event: string; roomName: string; userId: string; participantSid: string; joinedAt: Date | null; leftAt: Date | null },
) {
  return run(
    db,
    `WITH ${RECORD_EVENT},
     target AS (
       SELECT l.id AS "lessonId", u.id AS "userId"
       FROM "Lesson" l JOIN "User" u ON u.id = $4::uuid AND u."schoolId" = l."schoolId"
       WHERE l."roomName" = $3 AND EXISTS (SELECT 1 FROM fresh)),
     changed AS (
       INSERT INTO "LessonParticipantSession" ("lessonId", "userId", "participantSid", "joinedAt", "leftAt")
       SELECT "lessonId", "userId", $5, $6::timestamptz, $7::timestamptz FROM target
       ON CONFLICT ("lessonId", "participantSid") DO UPDATE
       SET "joinedAt" = LEAST("LessonParticipantSession"."joinedAt", EXCLUDED."joinedAt"),
           "leftAt" = GREATEST("LessonParticipantSession"."leftAt", EXCLUDED."leftAt")
       RETURNING 1)
     SELECT (SELECT count(*) FROM fresh)::int AS fresh, (SELECT count(*) FROM changed)::int AS changed`,
    [input.eventId, input.event, input.roomName, input.userId, input.participantSid, input.joinedAt, input.leftAt],
  );
}
