import { AppError } from "@zang/core";
import { getRosterJob, listRosterJobs, simpleTemplateCsv } from "@zang/roster";
import { ZRosterJobInput, ZRosterJobsInput, ZRosterRerunInput, ZRosterTemplateInput } from "@zang/validators";
import type { Services } from "../context.ts";
import { router, schoolAdminProcedure } from "../trpc.ts";

/** Imports need the roster service (a folder for uploads); files are uploaded over HTTP (apps/api). */
function rosterService(services: Services) {
  if (!services.roster) throw new AppError({ code: "NOT_CONFIGURED", message: "Roster imports are not set up on this server." });
  return services.roster;
}

export const rosterRouter = router({
  /** The school's recent imports, newest first: who ran them, when, status and counts. */
  jobs: schoolAdminProcedure.input(ZRosterJobsInput).query(({ ctx, input }) => listRosterJobs({ db: ctx.services.db, viewer: ctx.viewer, limit: input.limit })),

  /** One import with its progress and its first problems (the error report download has them all). */
  job: schoolAdminProcedure
    .input(ZRosterJobInput)
    .query(({ ctx, input }) => getRosterJob({ db: ctx.services.db, viewer: ctx.viewer, jobId: input.jobId, locale: input.language })),

  /** Imports an earlier upload again with other options, e.g. for real after a dry run. */
  rerun: schoolAdminProcedure.input(ZRosterRerunInput).mutation(({ ctx, input }) => {
    const { fromJobId, ...options } = input;
    return rosterService(ctx.services).startFromJob({ viewer: ctx.viewer, fromJobId, options });
  }),

  /** The simple one-file template as CSV text (UTF-8 with BOM), with English or Persian headers. */
  template: schoolAdminProcedure.input(ZRosterTemplateInput).query(({ input }) => simpleTemplateCsv(input.language)),
});
