import type { TEditMessageInput, TPinMessageInput } from "@zang/validators";
import { insertAuditEntry } from "../audit/audit-record.ts";
import { assertCanPost, canManageClass, getClassAccess } from "../classes/class-access.ts";
import { AppError } from "../errors.ts";
import { markMessageFilesPending } from "../files/pending-files.ts";
import { inTransaction } from "../sql/in-transaction.ts";
import type { Viewer } from "../viewer.ts";
import type { Message } from "./message.ts";
import { changeMessage } from "./message-sql.ts";
import { publishQuietly, type MessagingDeps } from "./messaging-deps.ts";

/** At most this many pinned posts per class, so pins stay meaningful. */
export const MAX_PINNED_MESSAGES = 5;

const NOT_FOUND = () => new AppError({ code: "NOT_FOUND", message: "This message does not exist or was deleted." });

/** Finds a live message of the viewer's school and the viewer's access to its class. */
export async function findLiveMessage({ db, viewer, messageId }: { db: MessagingDeps["db"]; viewer: Viewer; messageId: string }) {
  const message = await db.prisma.message.findFirst({
    where: { id: messageId, schoolId: viewer.schoolId },
    select: { classId: true, authorId: true, seq: true, deletedAt: true },
  });
  if (!message) throw NOT_FOUND();
  const access = await getClassAccess({ db, viewer, classId: message.classId });
  if (message.deletedAt) throw NOT_FOUND();
  return { message, access };
}

export async function editMessage(deps: MessagingDeps & { viewer: Viewer; input: TEditMessageInput }): Promise<Message> {
  const { viewer, input } = deps;
  const { message, access } = await findLiveMessage({ ...deps, messageId: input.messageId });
  if (message.authorId !== viewer.userId) throw new AppError({ code: "FORBIDDEN", message: "Only the author can edit a message." });
  assertCanPost(access);
  const edited = await changeMessage(deps.db.pool, {
    classId: message.classId,
    messageId: input.messageId,
    assignments: `body = $3, "editedAt" = now()`,
    values: [input.body],
  });
  if (!edited) throw NOT_FOUND();
  await publishQuietly(deps.events, { classId: edited.classId, seq: edited.changeSeq, kind: "message.edited", message: edited });
  return edited;
}

/**
 * Leaves a tombstone: the row stays (replies still point at it), the text goes, and the files go
 * with housekeeping's next check of unattached uploads (unless attached elsewhere). A message
 * deleted by someone other than its author (a teacher's or an admin's moderation) is entered in
 * the school's activity log, in the same transaction.
 */
export async function deleteMessage(deps: MessagingDeps & { viewer: Viewer; input: { messageId: string } }): Promise<Message> {
  const { viewer, input } = deps;
  const { message, access } = await findLiveMessage({ ...deps, messageId: input.messageId });
  const byAuthor = message.authorId === viewer.userId;
  if (!byAuthor && !canManageClass(access)) {
    throw new AppError({ code: "FORBIDDEN", message: "Only the author or a teacher of the class can delete this message." });
  }
  const tombstone = {
    classId: message.classId,
    messageId: input.messageId,
    assignments: `body = '', "deletedAt" = now(), "deletedById" = $3::uuid, "pinnedAt" = NULL`,
    values: [viewer.userId],
  };
  const deleted = byAuthor
    ? await changeMessage(deps.db.pool, tombstone)
    : await inTransaction(deps.db, async (client) => {
        const moderated = await changeMessage(client, tombstone);
        if (moderated) {
          await insertAuditEntry(client, {
            schoolId: viewer.schoolId,
            actorId: viewer.userId,
            action: "message_deleted",
            targetUserId: message.authorId,
            classId: message.classId,
            messageId: moderated.id,
          });
        }
        return moderated;
      });
  if (!deleted) throw NOT_FOUND();
  await markMessageFilesPending({ db: deps.db, messageId: deleted.id });
  await publishQuietly(deps.events, { classId: deleted.classId, seq: deleted.changeSeq, kind: "message.deleted", message: deleted });
  return deleted;
}

export async function pinMessage(deps: MessagingDeps & { viewer: Viewer; input: TPinMessageInput }): Promise<Message> {
  const { input } = deps;
  const { message, access } = await findLiveMessage({ ...deps, messageId: input.messageId });
  if (!canManageClass(access)) throw new AppError({ code: "FORBIDDEN", message: "Only the class's teachers can pin messages." });
  const pinned = await inTransaction(deps.db, async (client) => {
    // Lock the class first so two teachers pinning at once cannot pass the limit together.
    await client.query(`SELECT 1 FROM "ClassGroup" WHERE id = $1 FOR UPDATE`, [message.classId]);
    if (input.pinned) {
      const { rows } = await client.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM "Message" WHERE "classId" = $1 AND "pinnedAt" IS NOT NULL AND id <> $2`,
        [message.classId, input.messageId],
      );
      if (rows[0]!.n >= MAX_PINNED_MESSAGES) {
        throw new AppError({ code: "CONFLICT", message: `A class can have at most ${MAX_PINNED_MESSAGES} pinned messages. Unpin one first.` });
      }
    }
    return changeMessage(client, {
      classId: message.classId,
      messageId: input.messageId,
      assignments: input.pinned ? `"pinnedAt" = COALESCE(msg."pinnedAt", now())` : `"pinnedAt" = NULL`,
    });
  });
  if (!pinned) throw NOT_FOUND();
  await publishQuietly(deps.events, { classId: pinned.classId, seq: pinned.changeSeq, kind: "message.edited", message: pinned });
  return pinned;
}
