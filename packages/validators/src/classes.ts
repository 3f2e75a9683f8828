import { z } from "zod";
import { ZId } from "./common.ts";
import { ZPeopleQuery } from "./users.ts";

export const ZPostingPolicy = z.enum(["everyone", "teachers_only"]);

const ZClassName = z.string().trim().min(1, { error: "Give the class a name." }).max(100, { error: "Class names are at most 100 characters." });
const ZGrade = z.string().trim().max(20).nullish();

export const ZCreateClassInput = z.object({
  name: ZClassName,
  grade: ZGrade,
  postingPolicy: ZPostingPolicy.default("everyone"),
});
export type TCreateClassInput = z.infer<typeof ZCreateClassInput>;

export const ZRenameClassInput = z.object({ classId: ZId, name: ZClassName, grade: ZGrade });
export type TRenameClassInput = z.infer<typeof ZRenameClassInput>;

/** Archived, a class disappears for its members (nothing is deleted); restored, it is back as it was. */
export const ZArchiveClassInput = z.object({ classId: ZId, archived: z.boolean() });
export type TArchiveClassInput = z.infer<typeof ZArchiveClassInput>;

export const ZClassMemberInput = z.object({ classId: ZId, userId: ZId, role: z.enum(["student", "teacher"]) });
export type TClassMemberInput = z.infer<typeof ZClassMemberInput>;

/** An admin looking for people to add to a class: part of a username or of a name. */
export const ZFindPeopleInput = z.object({ classId: ZId, query: ZPeopleQuery });

export const ZRemoveClassMemberInput = z.object({ classId: ZId, userId: ZId });

export const ZSetPostingPolicyInput = z.object({ classId: ZId, postingPolicy: ZPostingPolicy });

export const ZMuteMemberInput = z.object({ classId: ZId, userId: ZId, muted: z.boolean() });
export type TMuteMemberInput = z.infer<typeof ZMuteMemberInput>;
