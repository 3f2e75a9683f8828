import type { Db } from "@zang/db";
import type { TListMessagesInput } from "@zang/validators";
import type { ClassAccess } from "../classes/class-access.ts";
import type { Message } from "./message.ts";
import { MESSAGE_COLUMNS, MESSAGE_JOINS, toMessage, type MessageRow } from "./message-sql.ts";

/**
 * A page of history, newest first. Keyset pagination on the per-class sequence (the unique index
 * (classId, seq)): pages stay stable while new messages arrive, and deep pages cost the same as
 * the first.
 */
export async function listMessages({ db, access, input }: { db: Db; access: ClassAccess; input: TListMessagesInput }) {
  const { rows } = await db.pool.query<MessageRow>(
    `SELECT ${MESSAGE_COLUMNS} FROM "Message" m ${MESSAGE_JOINS}
     WHERE m."classId" = $1 AND ($2::bigint IS NULL OR m.seq < $2)
     ORDER BY m.seq DESC LIMIT $3`,
    [access.classId, input.before ?? null, input.limit + 1],
  );
  const messages: Message[] = rows.slice(0, input.limit).map(toMessage);
  return { messages, hasMore: rows.length > input.limit };
}
