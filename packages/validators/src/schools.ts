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
export const ZCreateSchoolInput = z.object({
  code: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9][a-z0-9-]{1,62}[a-z0-9]$/, { error: "School codes are 3 to 64 letters (a–z), digits or '-', not starting or ending with '-'." }),
  name: ZDisplayName("the school's name"),
  timeZone: z.string().trim().refine(isTimeZone, { error: (issue) => `"${String(issue.input)}" is not a time zone; use an IANA name such as Asia/Tehran.` }).default("Asia/Tehran"),
  locale: z.enum(["fa", "en"], { error: "The language is fa or en." }).default("fa"),
  adminUsername: ZNewUsername,
  adminName: ZDisplayName("the admin's name"),
});
export type TCreateSchoolInput = z.infer<typeof ZCreateSchoolInput>;
