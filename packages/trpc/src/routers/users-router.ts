import { createUser, findSchoolUsers, issueLoginCode, setUserActive } from "@zang/core";
import { ZCreateUserInput, ZFindUsersInput, ZIssueLoginCodeInput, ZSetUserActiveInput } from "@zang/validators";
import { router, schoolAdminProcedure } from "../trpc.ts";

export const usersRouter = router({
  find: schoolAdminProcedure.input(ZFindUsersInput).query(({ ctx, input }) => findSchoolUsers({ db: ctx.services.db, viewer: ctx.viewer, query: input.query })),

  issueLoginCode: schoolAdminProcedure
    .input(ZIssueLoginCodeInput)
    .mutation(({ ctx, input }) => issueLoginCode({ db: ctx.services.db, throttle: ctx.services.loginThrottle, viewer: ctx.viewer, userId: input.userId })),

  create: schoolAdminProcedure.input(ZCreateUserInput).mutation(({ ctx, input }) => createUser({ db: ctx.services.db, viewer: ctx.viewer, input })),

  setActive: schoolAdminProcedure.input(ZSetUserActiveInput).mutation(({ ctx, input }) => setUserActive({ db: ctx.services.db, viewer: ctx.viewer, input })),
});
