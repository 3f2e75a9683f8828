import type { Db } from "@zang/db";
import { canManageClass } from "../classes/class-access.ts";
import { AppError } from "../errors.ts";
import type { Viewer } from "../viewer.ts";
import { findLiveMessage } from "./change-message.ts";

export type Reader = { userId: string; displayName: string; username: string };

export type MessageReaders = { studentCount: number; readCount: number; read: Reader[]; unread: Reader[] };

/**
 * Which of the class's students have read a message, for its teachers ("seen by 12 of 30"):
 * read markers are per member and move forward only, so a student has read the message when
 * their marker has reached its number. Deactivated students are left out.
 */
export async function messageReaders({ db, viewer, messageId }: { db: Db; viewer: Viewer; messageId: string }): Promise<MessageReaders> {
  const { message, access } = await findLiveMessage({ db, viewer, messageId });
  if (!canManageClass(access)) throw new AppError({ code: "FORBIDDEN", message: "Only the class's teachers can see who has read a message." });
  const { rows } = await db.pool.query<Reader & { hasRead: boolean }>(
    `SELECT u.id AS "userId", u."displayName", u.username, m."lastReadSeq" >= $2 AS "hasRead"
     FROM "Membership" m JOIN "User" u ON u.id = m."userId"
     WHERE m."classId" = $1 AND m.role = 'student' AND u."disabledAt" IS NULL
     ORDER BY u."displayName", u.username`,
    [message.classId, message.seq],
  );
  const reader = ({ userId, displayName, username }: Reader): Reader => ({ userId, displayName, username });
  const read = rows.filter((row) => row.hasRead).map(reader);
  return { studentCount: rows.length, readCount: read.length, read, unread: rows.filter((row) => !row.hasRead).map(reader) };
}
