import { updateSchool } from "@zang/core";
import { ZUpdateSchoolInput } from "@zang/validators";
import { router, schoolAdminProcedure } from "../trpc.ts";

// The school's own settings (as `auth.me` reads them); schools are registered on the command line.
export const schoolsRouter = router({
  update: schoolAdminProcedure.input(ZUpdateSchoolInput).mutation(({ ctx, input }) => updateSchool({ db: ctx.services.db, viewer: ctx.viewer, input })),
});
