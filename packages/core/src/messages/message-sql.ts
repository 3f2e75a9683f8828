// Raw SQL for the messaging hot paths. Sending, editing and deleting take the class's next event
// number and write the message in one statement (one round trip; Prisma cannot express an
// UPDATE … RETURNING feeding an INSERT), and message reads join author and reply in one query.
import type pg from "pg";
import type { UserRole } from "@zang/db";
import type { Message } from "./message.ts";

/** Longest reply preview sent with a message. */
const REPLY_PREVIEW_LENGTH = 200;

/** Selects a Message from `m` (a Message row or a CTE of them). */
export const MESSAGE_COLUMNS = `
  m.id, m."classId", m.seq, m."changeSeq", m."authorId", m."clientId", m.body,
  m."createdAt", m."editedAt", m."deletedAt", m."pinnedAt",
  u."displayName" AS "authorName", u.role AS "authorRole",
  r.id AS "replyId", ru."displayName" AS "replyAuthorName", left(r.body, ${REPLY_PREVIEW_LENGTH}) AS "replyBody",
  r."deletedAt" AS "replyDeletedAt"`;

export const MESSAGE_JOINS = `
  JOIN "User" u ON u.id = m."authorId"
  LEFT JOIN "Message" r ON r.id = m."replyToId"
  LEFT JOIN "User" ru ON ru.id = r."authorId"`;

export type MessageRow = {
  id: string;
  classId: string;
  seq: string;
  changeSeq: string;
  authorId: string;
  clientId: string;
  body: string;
  createdAt: Date;
  editedAt: Date | null;
  deletedAt: Date | null;
  pinnedAt: Date | null;
  authorName: string;
  authorRole: UserRole;
  replyId: string | null;
  replyAuthorName: string | null;
  replyBody: string | null;
  replyDeletedAt: Date | null;
};

export function toMessage(row: MessageRow): Message {
  return {
    id: row.id,
    classId: row.classId,
    // Per-class counters stay far below 2^53, so numbers are exact and JSON-friendly.
    seq: Number(row.seq),
    changeSeq: Number(row.changeSeq),
    authorId: row.authorId,
    authorName: row.authorName,
    authorRole: row.authorRole,
    body: row.body,
    clientId: row.clientId,
    replyTo: row.replyId
      ? { id: row.replyId, authorName: row.replyAuthorName ?? "", body: row.replyBody ?? "", isDeleted: row.replyDeletedAt !== null }
      : null,
    createdAt: row.createdAt,
    editedAt: row.editedAt,
    deletedAt: row.deletedAt,
    pinnedAt: row.pinnedAt,
    isDeleted: row.deletedAt !== null,
  };
}

const INSERT_MESSAGE = `
WITH next AS (
  UPDATE "ClassGroup" SET "lastSeq" = "lastSeq" + 1
  WHERE id = $1 AND "schoolId" = $2
  RETURNING "lastSeq"
), m AS (
  INSERT INTO "Message" ("schoolId", "classId", seq, "changeSeq", "authorId", "clientId", body, "replyToId")
  SELECT $2, $1, next."lastSeq", next."lastSeq", $3, $4, $5, $6 FROM next
  ON CONFLICT ("authorId", "clientId") DO NOTHING
  RETURNING *
)
SELECT ${MESSAGE_COLUMNS} FROM m ${MESSAGE_JOINS}`;

/** Inserts a message with the class's next number; null when this author already used `clientId`. */
export async function insertMessage(
  pool: pg.Pool,
  values: { classId: string; schoolId: string; authorId: string; clientId: string; body: string; replyToId: string | null },
): Promise<Message | null> {
  const { rows } = await pool.query<MessageRow>(INSERT_MESSAGE, [
    values.classId,
    values.schoolId,
    values.authorId,
    values.clientId,
    values.body,
    values.replyToId,
  ]);
  return rows[0] ? toMessage(rows[0]) : null;
}

export async function findMessage(pool: pg.Pool, where: { sql: string; values: unknown[] }): Promise<Message | null> {
  const { rows } = await pool.query<MessageRow>(`SELECT ${MESSAGE_COLUMNS} FROM "Message" m ${MESSAGE_JOINS} WHERE ${where.sql}`, where.values);
  return rows[0] ? toMessage(rows[0]) : null;
}

/**
 * Applies `assignments` to a live message and gives it the class's next event number, so every
 * subscriber hears of the change exactly once. $1 = classId, $2 = messageId; further parameters
 * are the caller's. Null when the message is gone or already deleted.
 */
export async function changeMessage(
  pool: pg.Pool | pg.PoolClient,
  { classId, messageId, assignments, values = [] }: { classId: string; messageId: string; assignments: string; values?: unknown[] },
): Promise<Message | null> {
  const { rows } = await pool.query<MessageRow>(
    `
WITH next AS (
  UPDATE "ClassGroup" SET "lastSeq" = "lastSeq" + 1 WHERE id = $1 RETURNING "lastSeq"
), m AS (
  UPDATE "Message" AS msg SET ${assignments}, "changeSeq" = next."lastSeq"
  FROM next
  WHERE msg.id = $2 AND msg."classId" = $1 AND msg."deletedAt" IS NULL
  RETURNING msg.*
)
SELECT ${MESSAGE_COLUMNS} FROM m ${MESSAGE_JOINS}`,
    [classId, messageId, ...values],
  );
  return rows[0] ? toMessage(rows[0]) : null;
}
