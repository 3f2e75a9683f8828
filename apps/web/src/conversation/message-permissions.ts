import type { ClassDetail, Message } from "../api-types.ts";

export type MessagePermissions = { canReply: boolean; canEdit: boolean; canDelete: boolean; canPin: boolean; canSeeReaders: boolean };

const NONE: MessagePermissions = { canReply: false, canEdit: false, canDelete: false, canPin: false, canSeeReaders: false };

/**
 * What the viewer may do with a message, mirroring the server's rules so only working actions
 * are offered (the server still decides): authors edit while they may post, authors and the
 * class's teachers delete, teachers pin and see which students have read a teacher's post.
 */
export function messagePermissions({
  message,
  viewerId,
  classDetail,
}: {
  message: Message;
  viewerId: string;
  classDetail: Pick<ClassDetail, "canPost" | "canModerate">;
}): MessagePermissions {
  if (message.isDeleted) return NONE;
  const isAuthor = message.authorId === viewerId;
  return {
    canReply: classDetail.canPost,
    canEdit: isAuthor && classDetail.canPost,
    canDelete: isAuthor || classDetail.canModerate,
    canPin: classDetail.canModerate,
    canSeeReaders: classDetail.canModerate && message.authorRole !== "student",
  };
}
