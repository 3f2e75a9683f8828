import { describe, expect, it } from "vitest";
import type { Message } from "../api-types.ts";
import { messagePermissions } from "./message-permissions.ts";

const message = { authorId: "student-1", authorRole: "student", isDeleted: false } as Message;

describe("messagePermissions", () => {
  it("lets an author edit and delete their own message while they may post", () => {
    expect(messagePermissions({ message, viewerId: "student-1", classDetail: { canPost: true, canModerate: false } })).toEqual({
      canReply: true,
      canEdit: true,
      canDelete: true,
      canPin: false,
      canSeeReaders: false,
    });
  });

  it("leaves a student in announcement mode only deleting their own messages", () => {
    expect(messagePermissions({ message, viewerId: "student-1", classDetail: { canPost: false, canModerate: false } })).toEqual({
      canReply: false,
      canEdit: false,
      canDelete: true,
      canPin: false,
      canSeeReaders: false,
    });
  });

  it("lets a teacher delete and pin anyone's message but edit only their own", () => {
    expect(messagePermissions({ message, viewerId: "teacher-1", classDetail: { canPost: true, canModerate: true } })).toEqual({
      canReply: true,
      canEdit: false,
      canDelete: true,
      canPin: true,
      canSeeReaders: false,
    });
  });

  it("shows a class's teachers who has read a teacher's post, and nobody else", () => {
    const post = { ...message, authorId: "teacher-2", authorRole: "teacher" } as Message;
    expect(messagePermissions({ message: post, viewerId: "teacher-1", classDetail: { canPost: true, canModerate: true } }).canSeeReaders).toBe(true);
    expect(messagePermissions({ message: post, viewerId: "student-1", classDetail: { canPost: true, canModerate: false } }).canSeeReaders).toBe(false);
  });

  it("offers nothing on a deleted message", () => {
    const deleted = { ...message, isDeleted: true };
    expect(Object.values(messagePermissions({ message: deleted, viewerId: "student-1", classDetail: { canPost: true, canModerate: true } }))).not.toContain(true);
  });
});
