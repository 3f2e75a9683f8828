import type { UserRole } from "@zang/db";

/** A message as every client sees it; a deleted message is a tombstone with an empty body. */
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
  createdAt: Date;
  editedAt: Date | null;
  deletedAt: Date | null;
  pinnedAt: Date | null;
  isDeleted: boolean;
};
