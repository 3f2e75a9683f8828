// Rows that only matter for a while: expired sessions, the ids of LiveKit webhooks already
// processed, and the records of presigned uploads. Swept by every API process on a timer
// (apps/api/src/housekeeping.ts); deletes are idempotent, so processes may overlap.
import type { Db } from "@zang/db";
import { deleteExpiredSessions } from "../auth/sessions.ts";
import { KEEP_UPLOAD_RECORDS_MS } from "../files/upload-records.ts";

/**
 * A webhook's signature expires minutes after LiveKit signs it, and a delivery with an expired
 * signature is refused, so an id older than this can never come back as a genuine replay.
 */
export const KEEP_WEBHOOK_IDS_MS = 24 * 60 * 60 * 1000;

export type SweepResult = { sessions: number; webhookIds: number; uploadRecords: number };

export async function sweepExpired({ db, now = new Date() }: { db: Db; now?: Date }): Promise<SweepResult> {
  const sessions = await deleteExpiredSessions({ db, now });
  const { count: webhookIds } = await db.prisma.liveKitWebhookEvent.deleteMany({ where: { receivedAt: { lt: new Date(now.getTime() - KEEP_WEBHOOK_IDS_MS) } } });
  const { count: uploadRecords } = await db.prisma.fileUpload.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - KEEP_UPLOAD_RECORDS_MS) } } });
  return { sessions, webhookIds, uploadRecords };
}
