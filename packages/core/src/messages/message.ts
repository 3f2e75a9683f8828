import type { UserRole } from "@zang/db";
import type { AttachedFileView } from "../files/own-files.ts";

/** A file posted with a message, as clients list it (opened through `files.downloadUrl`). */
export type MessageAttachment = AttachedFileView;

/** A message as every client sees it; a deleted message is a tombstone with an empty body and no files. */
export type Message = {
  id: string;
  classId: string;
  seq: number;
  changeSeq: number;
  authorId: string;
  authorName: string;
  authorRole: UserRole;
  body: string;
  clientId: string;
  replyTo: { id: string; authorName: string; body: string; isDeleted: boolean } | null;
  /** In the order the author attached them; none on a deleted message. */
  attachments: MessageAttachment[];
  createdAt: Date;
  editedAt: Date | null;
  deletedAt: Date | null;
  pinnedAt: Date | null;
  isDeleted: boolean;
};
