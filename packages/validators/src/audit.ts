import { z } from "zod";
import { ZId } from "./common.ts";

/** Every kind of entry in a school's activity log (the database's `AuditAction`; a test keeps the two the same). */
export const AUDIT_ACTIONS = [
  "login_code_issued",
  "class_created",
  "member_added",
  "member_role_changed",
  "member_removed",
  "posting_policy_changed",
  "member_muted",
  "member_unmuted",
  "message_deleted",
  "user_deactivated",
  "user_reactivated",
  "roster_imported",
  "class_renamed",
  "class_archived",
  "class_restored",
  "user_created",
  "school_settings_changed",
] as const;

export const ZAuditAction = z.enum(AUDIT_ACTIONS);

/**
 * A page of the activity log, newest first. `cursor` is the previous page's `nextCursor` (the
 * name tRPC's infinite queries expect); leave it out for the newest entries.
 */
export const ZAuditListInput = z.object({
  cursor: z.number().int().positive().nullish(),
  limit: z.number().int().min(1).max(100).default(50),
  action: ZAuditAction.optional(),
  /** Only entries where this person acted or was acted on. */
  userId: ZId.optional(),
});
export type TAuditListInput = z.infer<typeof ZAuditListInput>;
