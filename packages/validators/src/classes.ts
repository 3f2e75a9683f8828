import { z } from "zod";
import { ZId } from "./common.ts";
import { ZPeopleQuery } from "./users.ts";

export const ZPostingPolicy = z.enum(["everyone", "teachers_only"]);

export const ZCreateClassInput = z.object({
  name: z.string().trim().min(1, { error: "Give the class a name." }).max(100, { error: "Class names are at most 100 characters." }),
  grade: z.string().trim().max(20).nullish(),
  postingPolicy: ZPostingPolicy.default("everyone"),
});
export type TCreateClassInput = z.infer<typeof ZCreateClassInput>;

export const ZClassMemberInput = z.object({ classId: ZId, userId: ZId, role: z.enum(["student", "teacher"]) });
export type TClassMemberInput = z.infer<typeof ZClassMemberInput>;

/** An admin looking for people to add to a class: part of a username or of a name. */
export const ZFindPeopleInput = z.object({ classId: ZId, query: ZPeopleQuery });

export const ZRemoveClassMemberInput = z.object({ classId: ZId, userId: ZId });

export const ZSetPostingPolicyInput = z.object({ classId: ZId, postingPolicy: ZPostingPolicy });

export const ZMuteMemberInput = z.object({ classId: ZId, userId: ZId, muted: z.boolean() });
export type TMuteMemberInput = z.infer<typeof ZMuteMemberInput>;
