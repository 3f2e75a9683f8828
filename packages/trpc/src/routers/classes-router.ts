import { listClasses } from "@zang/core";
import { authedProcedure, router } from "../trpc.ts";

export const classesRouter = router({
  list: authedProcedure.query(({ ctx }) => listClasses({ db: ctx.services.db, viewer: ctx.viewer })),
});
