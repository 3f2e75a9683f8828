import { z } from "zod";
import { ZId } from "./common.ts";

/** Part of a username or of a name, as an admin types it to find someone in the school. */
export const ZPeopleQuery = z.string().trim().min(1, { error: "Type part of a name or username." }).max(100);

export const ZFindUsersInput = z.object({ query: ZPeopleQuery });

export const ZIssueLoginCodeInput = z.object({ userId: ZId });

export const ZSetUserActiveInput = z.object({ userId: ZId, active: z.boolean() });
export type TSetUserActiveInput = z.infer<typeof ZSetUserActiveInput>;
