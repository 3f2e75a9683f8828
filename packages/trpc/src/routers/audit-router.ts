import { listAuditEvents } from "@zang/core";
import { ZAuditListInput } from "@zang/validators";
import { router, schoolAdminProcedure } from "../trpc.ts";

export const auditRouter = router({
  list: schoolAdminProcedure.input(ZAuditListInput).query(({ ctx, input }) => listAuditEvents({ db: ctx.services.db, viewer: ctx.viewer, input })),
});
