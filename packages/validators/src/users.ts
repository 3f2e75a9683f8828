import { z } from "zod";
import { ZId } from "./common.ts";

/** Part of a username or of a name, as an admin types it to find someone in the school. */
export const ZPeopleQuery = z.string().trim().min(1, { error: "Type part of a name or username." }).max(100);

export const ZFindUsersInput = z.object({ query: ZPeopleQuery });

export const ZIssueLoginCodeInput = z.object({ userId: ZId });

/** A username for a new account: unique in the school, compared in lower case, no spaces. */
export const ZNewUsername = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, { error: "Give a username." })
  .max(128, { error: "Usernames are at most 128 characters." })
  .refine((username) => !/[\s\x00-\x1f\x7f]/.test(username), { error: "Usernames cannot contain spaces or control characters." });

/** A name as the app shows it. */
export const ZPersonName = z.string().trim().min(1, { error: "Give the person's name." }).max(200, { error: "Names are at most 200 characters." });

/** One person added by hand (a roster brings many): they sign in first with a one-time code. */
export const ZCreateUserInput = z.object({ username: ZNewUsername, displayName: ZPersonName, role: z.enum(["student", "teacher", "admin"]) });
export type TCreateUserInput = z.infer<typeof ZCreateUserInput>;

export const ZSetUserActiveInput = z.object({ userId: ZId, active: z.boolean() });
export type TSetUserActiveInput = z.infer<typeof ZSetUserActiveInput>;
