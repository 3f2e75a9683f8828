// The class list with unread counts and last messages in one query. Raw SQL because each class
// needs a LATERAL lookup that Prisma cannot express: the unread count walks the unique index
// (classId, seq) from the member's read marker and stops at UNREAD_COUNT_CAP rows, so it costs
// the same for a class of 1,000 with 100,000 messages as for a small one.
import type { ClassRole, Db } from "@zang/db";
import type { Viewer } from "../viewer.ts";
import type { PostingPolicy } from "./class-access.ts";

/** Beyond this a badge says "999+": counting further would cost time and tell nobody anything. */
export const UNREAD_COUNT_CAP = 999;

export type ClassSummary = {
  id: string;
  name: string;
  grade: string | null;
  /** The viewer's role in the class; null for a school admin who is not a member. */
  role: ClassRole | null;
  postingPolicy: PostingPolicy;
  memberCount: number;
  unreadCount: number;
  /** `attachmentCount` lets a message of only files say so in the list. */
  lastMessage: { id: string; seq: number; authorName: string; body: string; attachmentCount: number; createdAt: Date; isDeleted: boolean } | null;
  createdAt: Date;
};

type Row = {
  id: string;
  name: string;
  grade: string | null;
  role: ClassRole | null;
  postingPolicy: PostingPolicy;
  createdAt: Date;
  memberCount: number;
  unreadCount: number;
  lastId: string | null;
  lastSeq: string | null;
  lastAuthorName: string | null;
  lastBody: string | null;
  lastCreatedAt: Date | null;
  lastDeletedAt: Date | null;
  lastAttachmentCount: number | null;
};

const LIST_CLASSES = `
SELECT c.id, c.name, c.grade, mem.role, c."postingPolicy", c."createdAt",
       (SELECT count(*)::int FROM "Membership" x WHERE x."classId" = c.id) AS "memberCount",
       COALESCE(unread.n, 0) AS "unreadCount",
       last.id AS "lastId", last.seq AS "lastSeq", last."authorName" AS "lastAuthorName",
       last.body AS "lastBody", last."createdAt" AS "lastCreatedAt", last."deletedAt" AS "lastDeletedAt",
       last."attachmentCount" AS "lastAttachmentCount"
FROM "ClassGroup" c
LEFT JOIN "Membership" mem ON mem."classId" = c.id AND mem."userId" = $2
LEFT JOIN LATERAL (
  SELECT count(*)::int AS n FROM (
    SELECT 1 FROM "Message" m
    WHERE m."classId" = c.id AND m.seq > mem."lastReadSeq" AND m."deletedAt" IS NULL AND m."authorId" <> $2
    LIMIT ${UNREAD_COUNT_CAP}
  ) capped
) unread ON mem."userId" IS NOT NULL
LEFT JOIN LATERAL (
  SELECT m.id, m.seq, u."displayName" AS "authorName", left(m.body, 200) AS body, m."createdAt", m."deletedAt",
         CASE WHEN m."deletedAt" IS NULL THEN (SELECT count(*)::int FROM "MessageAttachment" a WHERE a."messageId" = m.id) ELSE 0 END AS "attachmentCount"
  FROM "Message" m JOIN "User" u ON u.id = m."authorId"
  WHERE m."classId" = c.id ORDER BY m.seq DESC LIMIT 1
) last ON true
WHERE c."schoolId" = $1 AND c."archivedAt" IS NULL AND ($3 OR mem."userId" IS NOT NULL)
ORDER BY c.name, c.id`;

/** The viewer's classes; a school admin sees every class of the school. */
export async function listClasses({ db, viewer }: { db: Db; viewer: Viewer }): Promise<ClassSummary[]> {
  const { rows } = await db.pool.query<Row>(LIST_CLASSES, [viewer.schoolId, viewer.userId, viewer.role === "admin"]);
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    grade: row.grade,
    role: row.role,
    postingPolicy: row.postingPolicy,
    memberCount: row.memberCount,
    unreadCount: row.unreadCount,
    createdAt: row.createdAt,
    lastMessage: row.lastId
      ? {
          id: row.lastId,
          seq: Number(row.lastSeq),
          authorName: row.lastAuthorName ?? "",
          body: row.lastBody ?? "",
          attachmentCount: row.lastAttachmentCount ?? 0,
          createdAt: row.lastCreatedAt!,
          isDeleted: row.lastDeletedAt !== null,
        }
      : null,
  }));
}
