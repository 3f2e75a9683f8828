import { z } from "zod";
import { ZId } from "./common.ts";

export const ROSTER_JOB_STATUSES = ["queued", "running", "succeeded", "refused", "failed", "interrupted"] as const;
export type TRosterJobStatus = (typeof ROSTER_JOB_STATUSES)[number];

/** What the admin chooses for an import. */
export const ZRosterImportOptions = z.object({
  /** Report what would change; change nothing. */
  dryRun: z.boolean().default(false),
  /** Import the valid rows even when some rows are invalid. */
  skipInvalid: z.boolean().default(false),
  /** Give new one-time codes to imported accounts that have not chosen a password yet. */
  resetCodes: z.boolean().default(false),
});
export type TRosterImportOptions = z.infer<typeof ZRosterImportOptions>;

/** The same options as the upload route reads them from its query string ("1", "true", "0", ...). */
export const ZRosterUploadQuery = z.object({
  fileName: z.string().trim().min(1, { error: "Name the file." }).max(255),
  dryRun: z.stringbool().default(false),
  skipInvalid: z.stringbool().default(false),
  resetCodes: z.stringbool().default(false),
});

export const ZRosterJobRef = z.object({ jobId: ZId });

/** The language problems are worded in (the web page's; the command line reads English). */
export const ZRosterProblemLanguage = z.enum(["en", "fa"]).default("en");

export const ZRosterJobInput = ZRosterJobRef.extend({ language: ZRosterProblemLanguage });

/** `GET /roster/imports/<jobId>/errors.csv?language=` */
export const ZRosterErrorReportQuery = z.object({ language: ZRosterProblemLanguage });

export const ZRosterJobsInput = z.object({ limit: z.number().int().min(1).max(100).default(20) }).default({ limit: 20 });

/** Import the file of an earlier job again (for real after a dry run, or skipping invalid rows). */
export const ZRosterRerunInput = ZRosterImportOptions.extend({ fromJobId: ZId });
export type TRosterRerunInput = z.infer<typeof ZRosterRerunInput>;

export const ZRosterTemplateInput = z.object({ language: z.enum(["en", "fa"]).default("fa") });

/** The largest upload the web page offers to send (the server enforces its own limit). */
export const MAX_ROSTER_UPLOAD_BYTES = 2 * 1024 ** 3;
export const ROSTER_UPLOAD_EXTENSIONS = [".zip", ".csv", ".txt"] as const;
