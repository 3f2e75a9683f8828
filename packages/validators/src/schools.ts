import { z } from "zod";
import { ZNewUsername } from "./users.ts";

/** Whether the runtime knows `zone` as an IANA time zone ("Asia/Tehran"). */
function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return zone.includes("/") || zone === "UTC";
  } catch {
    return false;
  }
}

const ZDisplayName = (what: string) => z.string().trim().min(1, { error: `Give ${what}.` }).max(200, { error: `${what[0]!.toUpperCase()}${what.slice(1)} is at most 200 characters.` });

/**
 * A new school, as an operator registers it: the code people type at sign-in, and its first
 * admin, who brings in everyone else (roster imports, classes by hand).
 */
const ZSchoolName = ZDisplayName("the school's name");
const ZTimeZone = z.string().trim().refine(isTimeZone, { error: (issue) => `"${String(issue.input)}" is not a time zone; use an IANA name such as Asia/Tehran.` });
const ZSchoolLocale = z.enum(["fa", "en"], { error: "The language is fa or en." });

export const ZCreateSchoolInput = z.object({
  code: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9][a-z0-9-]{1,62}[a-z0-9]$/, { error: "School codes are 3 to 64 letters (a–z), digits or '-', not starting or ending with '-'." }),
  name: ZSchoolName,
  timeZone: ZTimeZone.default("Asia/Tehran"),
  locale: ZSchoolLocale.default("fa"),
  adminUsername: ZNewUsername,
  adminName: ZDisplayName("the admin's name"),
});
export type TCreateSchoolInput = z.infer<typeof ZCreateSchoolInput>;

/** A school's admin changes its name, clock or language (its code stays: everyone types it). */
export const ZUpdateSchoolInput = z.object({ name: ZSchoolName, timeZone: ZTimeZone, locale: ZSchoolLocale });
export type TUpdateSchoolInput = z.infer<typeof ZUpdateSchoolInput>;
