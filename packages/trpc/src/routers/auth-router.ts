import { changePassword, getMe, login, revokeAllSessions, revokeSession } from "@zang/core";
import { ZChangePasswordInput, ZLoginInput } from "@zang/validators";
import { authedProcedure, publicProcedure, router } from "../trpc.ts";

export const authRouter = router({
  login: publicProcedure.input(ZLoginInput).mutation(async ({ ctx, input }) => {
    const { token, expiresAt, user } = await login({ db: ctx.services.db, throttle: ctx.services.loginThrottle, input, client: ctx.client });
    return { token, expiresAt, user };
  }),

  me: authedProcedure.query(({ ctx }) => getMe({ db: ctx.services.db, viewer: ctx.viewer })),

  logout: authedProcedure.mutation(async ({ ctx }) => {
    await revokeSession({ db: ctx.services.db, viewer: ctx.viewer });
    return { ok: true as const };
  }),

  logoutEverywhere: authedProcedure.mutation(async ({ ctx }) => {
    const sessionsEnded = await revokeAllSessions({ db: ctx.services.db, viewer: ctx.viewer });
    return { sessionsEnded };
  }),

  changePassword: authedProcedure.input(ZChangePasswordInput).mutation(async ({ ctx, input }) => {
    await changePassword({ db: ctx.services.db, viewer: ctx.viewer, input });
    return { ok: true as const };
  }),
});
