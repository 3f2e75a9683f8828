// Raw SQL for the messaging hot paths. Sending, editing and deleting take the class's next event
// number and write the message in one statement (one round trip; Prisma cannot express an
// UPDATE … RETURNING feeding an INSERT), and message reads join author and reply in one query.
// A send joins nothing: its author and the message it answers are known to the caller.
import type pg from "pg";
import { preparedQuery, type UserRole } from "@zang/db";
import type { Message, MessageAttachment } from "./message.ts";

/** Longest reply preview sent with a message. */
const REPLY_PREVIEW_LENGTH = 200;

/**
 * A message's files as a JSON array (null when it has none, or is deleted), from `m`. Most
 * messages have none: the lookup is one probe of the attachments' primary key.
 */
const ATTACHMENTS_OF_M = `
  CASE WHEN m."deletedAt" IS NULL THEN (
    SELECT json_agg(json_build_object('id', f.id, 'originalName', f."originalName", 'size', f.size, 'contentType', f."contentType") ORDER BY a.position)
    FROM "MessageAttachment" a JOIN "File" f ON f.id = a."fileId"
    WHERE a."messageId" = m.id
  ) END`;

/** Selects a Message from `m` (a Message row or a CTE of them). */
export const MESSAGE_COLUMNS = `
  m.id, m."classId", m.seq, m."changeSeq", m."authorId", m."clientId", m.body,
  m."createdAt", m."editedAt", m."deletedAt", m."pinnedAt",
  u."displayName" AS "authorName", u.role AS "authorRole",
  r.id AS "replyId", ru."displayName" AS "replyAuthorName", left(r.body, ${REPLY_PREVIEW_LENGTH}) AS "replyBody",
  r."deletedAt" AS "replyDeletedAt", ${ATTACHMENTS_OF_M} AS attachments`;

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
  attachments: MessageAttachment[] | null;
};

export function toMessage(row: MessageRow): Message {
  return messageOf(row, {
    authorName: row.authorName,
    authorRole: row.authorRole,
    replyTo: row.replyId ? { id: row.replyId, authorName: row.replyAuthorName ?? "", body: row.replyBody ?? "", isDeleted: row.replyDeletedAt !== null } : null,
    attachments: row.attachments ?? [],
  });
}

/** A message from its own row's columns and what is shown beside it (its author, the message it answers, its files). */
function messageOf(row: InsertedRow, shown: Pick<Message, "authorName" | "authorRole" | "replyTo" | "attachments">): Message {
  return {
    id: row.id,
    classId: row.classId,
    // Per-class counters stay far below 2^53, so numbers are exact and JSON-friendly.
    seq: Number(row.seq),
    changeSeq: Number(row.changeSeq),
    authorId: row.authorId,
    authorName: shown.authorName,
    authorRole: shown.authorRole,
    body: row.body,
    clientId: row.clientId,
    replyTo: shown.replyTo,
    attachments: shown.attachments,
    createdAt: row.createdAt,
    editedAt: row.editedAt,
    deletedAt: row.deletedAt,
    pinnedAt: row.pinnedAt,
    isDeleted: row.deletedAt !== null,
  };
}

export type ReplyPreview = NonNullable<Message["replyTo"]>;

/** A message to write, with what its author's client shows beside it (known to the sender already, so the insert joins nothing). */
export type NewMessage = {
  classId: string;
  schoolId: string;
  authorId: string;
  authorName: string;
  authorRole: UserRole;
  clientId: string;
  body: string;
  replyTo: ReplyPreview | null;
  /** Checked to be the author's own uploads in the school. */
  attachments: MessageAttachment[];
};

/** The columns of an inserted row that `NewMessage` does not already hold. */
const INSERTED_COLUMNS = `id, "classId", seq, "changeSeq", "authorId", "clientId", body, "createdAt", "editedAt", "deletedAt", "pinnedAt"`;
type InsertedRow = Pick<MessageRow, "id" | "classId" | "seq" | "changeSeq" | "authorId" | "clientId" | "body" | "createdAt" | "editedAt" | "deletedAt" | "pinnedAt">;

// One send takes the class's next number ($1 class, $2 school, $3 author, $4 clientId, $5 body,
// $6 reply). A (author, clientId) pair used before takes no number, so a retry leaves no hole;
// one racing in between is caught by ON CONFLICT (a hole, which subscribers fill from the
// database like any lost event). Most sends go alone: this plain form costs PostgreSQL less than
// the batch form below, and it is a prepared statement (see preparedQuery), planned once per
// connection. The batch form, whose best plan depends on its arrays' length, is planned each call.
const TAKE_NEXT_NUMBER = `
  UPDATE "ClassGroup" SET "lastSeq" = "lastSeq" + 1
  WHERE id = $1 AND "schoolId" = $2
    AND NOT EXISTS (SELECT 1 FROM "Message" x WHERE x."authorId" = $3 AND x."clientId" = $4)
  RETURNING "lastSeq"`;
const INSERT_NUMBERED = `
  INSERT INTO "Message" ("schoolId", "classId", seq, "changeSeq", "authorId", "clientId", body, "replyToId")
  SELECT $2, $1, next."lastSeq", next."lastSeq", $3, $4, $5, $6 FROM next
  ON CONFLICT ("authorId", "clientId") DO NOTHING
  RETURNING ${INSERTED_COLUMNS}`;
const INSERT_ONE = `WITH next AS (${TAKE_NEXT_NUMBER})${INSERT_NUMBERED}`;

// A send with files: the same, plus its attachments ($7 file ids, in order) in the same
// statement, so a message is never seen without its files.
const INSERT_WITH_FILES = `
WITH next AS (${TAKE_NEXT_NUMBER}),
inserted AS (${INSERT_NUMBERED}),
attached AS (
  INSERT INTO "MessageAttachment" ("messageId", position, "fileId")
  SELECT inserted.id, f.ord - 1, f.id FROM inserted CROSS JOIN unnest($7::uuid[]) WITH ORDINALITY AS f(id, ord)
)
SELECT * FROM inserted`;

// Several sends take one block of numbers, in order (the same rules; $3… are one array per column).
const INSERT_MANY = `
WITH fresh AS (
  SELECT i.*, row_number() OVER (ORDER BY i.ord) AS n
  FROM unnest($3::uuid[], $4::text[], $5::text[], $6::uuid[]) WITH ORDINALITY AS i("authorId", "clientId", body, "replyToId", ord)
  WHERE NOT EXISTS (SELECT 1 FROM "Message" x WHERE x."authorId" = i."authorId" AND x."clientId" = i."clientId")
), next AS (
  UPDATE "ClassGroup" SET "lastSeq" = "lastSeq" + (SELECT count(*) FROM fresh)
  WHERE id = $1 AND "schoolId" = $2
  RETURNING "lastSeq" - (SELECT count(*) FROM fresh) AS base
)
INSERT INTO "Message" ("schoolId", "classId", seq, "changeSeq", "authorId", "clientId", body, "replyToId")
SELECT $2, $1, next.base + f.n, next.base + f.n, f."authorId", f."clientId", f.body, f."replyToId"
FROM fresh f CROSS JOIN next
ORDER BY f.n
ON CONFLICT ("authorId", "clientId") DO NOTHING
RETURNING ${INSERTED_COLUMNS}`;

/**
 * Inserts messages of one class with the class's next numbers, in order. Returns the created
 * ones; a send whose (author, clientId) was used before is left out. A send with files goes
 * alone. Callers go through `insertMessage` (message-insert-queue.ts), which batches concurrent sends.
 */
export async function insertMessageBatch(pool: pg.Pool, sends: readonly NewMessage[]): Promise<Message[]> {
  const { classId, schoolId } = sends[0]!;
  if (sends.length > 1 && sends.some((send) => send.attachments.length > 0)) throw new Error("insertMessageBatch: a send with files goes alone");
  const one = (send: NewMessage) => [classId, schoolId, send.authorId, send.clientId, send.body, send.replyTo?.id ?? null];
  const { rows } =
    sends.length === 1
      ? sends[0]!.attachments.length > 0
        ? await pool.query<InsertedRow>(INSERT_WITH_FILES, [...one(sends[0]!), sends[0]!.attachments.map((file) => file.id)])
        : await preparedQuery<InsertedRow>(pool, { name: "insert-message", text: INSERT_ONE, values: one(sends[0]!) })
      : await pool.query<InsertedRow>(INSERT_MANY, [
          classId,
          schoolId,
          sends.map((send) => send.authorId),
          sends.map((send) => send.clientId),
          sends.map((send) => send.body),
          sends.map((send) => send.replyTo?.id ?? null),
        ]);
  const sendOf = new Map(sends.map((send) => [sendKey(send), send]));
  return rows.map((row) => messageOf(row, sendOf.get(sendKey(row))!)).sort((a, b) => a.seq - b.seq);
}

/** Identifies a send among others: an author uses a clientId once. */
export function sendKey(send: { authorId: string; clientId: string }): string {
  return `${send.authorId}\n${send.clientId}`;
}

/** What a reply shows of the message it answers, if that message is in `classId`. */
export async function findReplyPreview(pool: pg.Pool, { classId, messageId }: { classId: string; messageId: string }): Promise<ReplyPreview | null> {
  const { rows } = await pool.query<{ id: string; authorName: string; body: string; deletedAt: Date | null }>(
    `SELECT r.id, ru."displayName" AS "authorName", left(r.body, ${REPLY_PREVIEW_LENGTH}) AS body, r."deletedAt"
     FROM "Message" r JOIN "User" ru ON ru.id = r."authorId"
     WHERE r.id = $1 AND r."classId" = $2`,
    [messageId, classId],
  );
  const row = rows[0];
  return row ? { id: row.id, authorName: row.authorName, body: row.body, isDeleted: row.deletedAt !== null } : null;
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
