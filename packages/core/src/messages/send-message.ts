import type { TSendMessageInput } from "@zang/validators";
import { assertCanPost, type ClassAccess } from "../classes/class-access.ts";
import { AppError } from "../errors.ts";
import { attachingFiles, findOwnFiles } from "../files/own-files.ts";
import type { Viewer } from "../viewer.ts";
import type { Message } from "./message.ts";
import { insertMessage } from "./message-insert-queue.ts";
import { findMessage, findReplyPreview } from "./message-sql.ts";
import { publishQuietly, type MessagingDeps } from "./messaging-deps.ts";

/** The send as validated; callers inside the server may leave out the files. */
type SendInput = Omit<TSendMessageInput, "fileIds"> & { fileIds?: readonly string[] };

/**
 * Posts a message, with the files the sender uploaded (if any). Idempotent per (author, clientId): a retry returns the message the first
 * attempt created, and only the first attempt is announced to subscribers.
 */
export async function sendMessage({
  db,
  events,
  viewer,
  access,
  input,
}: MessagingDeps & { viewer: Viewer; access: ClassAccess; input: SendInput }): Promise<Message> {
  assertCanPost(access);
  const replyTo = input.replyToId ? await findReplyPreview(db.pool, { classId: access.classId, messageId: input.replyToId }) : null;
  if (input.replyToId && !replyTo) throw new AppError({ code: "NOT_FOUND", message: "The message you are replying to is not in this class." });
  const attachments = await findOwnFiles({ db, viewer, fileIds: input.fileIds ?? [] });
  const message = {
    classId: access.classId,
    schoolId: viewer.schoolId,
    authorId: viewer.userId,
    authorName: viewer.displayName,
    authorRole: viewer.role,
    clientId: input.clientId,
    body: input.body,
    replyTo,
    attachments,
  };
  const created = attachments.length === 0 ? await insertMessage(db.pool, message) : await attachingFiles(() => insertMessage(db.pool, message));
  if (created) {
    await publishQuietly(events, { classId: created.classId, seq: created.changeSeq, kind: "message.created", message: created });
    return created;
  }
  const existing = await findMessage(db.pool, { sql: `m."authorId" = $1 AND m."clientId" = $2`, values: [viewer.userId, input.clientId] });
  if (!existing || existing.classId !== access.classId) {
    throw new AppError({ code: "CONFLICT", message: "This clientId was already used for a message in another class." });
  }
  return existing;
}
