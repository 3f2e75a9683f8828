// initTRPC runs once, here. Only the procedure builders below are exported: every procedure starts
// from one of them, so who may call it is decided by the builder it is made from.
import { initTRPC, TRPCError } from "@trpc/server";
import { canManageClass, getClassAccess, isAppError } from "@zang/core";
import { ZId } from "@zang/validators";
import superjson from "superjson";
import { z, ZodError } from "zod";
import type { Context } from "./context.ts";
import { forbidden, REDACTED_MESSAGE, trpcCodeFor, unauthenticated } from "./errors.ts";

/** Server-sent events: shared with the live-events endpoint (sse/), which speaks the same wire format. */
export const SSE_OPTIONS = {
  // Keeps proxies from closing an idle event stream, and lets clients notice a dead one.
  ping: { enabled: true, intervalMs: 15_000 },
  client: { reconnectAfterInactivityMs: 40_000 },
} as const;

const t = initTRPC.context<Context>().create({
  transformer: superjson,
  isDev: false,
  sse: SSE_OPTIONS,
  errorFormatter({ shape, error }) {
    const zodError = error.cause instanceof ZodError ? error.cause : null;
    const reason = isAppError(error.cause) ? error.cause.reason : undefined;
    const isInternal = error.code === "INTERNAL_SERVER_ERROR";
    return {
      ...shape,
      message: zodError ? zodError.issues.map((issue) => issue.message).join(" ") : isInternal ? REDACTED_MESSAGE : shape.message,
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        path: shape.data.path,
        fieldErrors: zodError ? z.flattenError(zodError).fieldErrors : undefined,
        ...(reason === undefined ? {} : { reason }),
      },
    };
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const mergeRouters = t.mergeRouters;

/** Turns domain AppErrors into tRPC errors with the mapped code and the domain's message. */
const mapAppErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && isAppError(result.error.cause)) {
    const appError = result.error.cause;
    throw new TRPCError({ code: trpcCodeFor(appError.code), message: appError.message, cause: appError });
  }
  return result;
});

/** Anyone, signed in or not. Keep this list short: the authorization test names every public procedure. */
export const publicProcedure = t.procedure.use(mapAppErrors);

/** A signed-in user of any role. */
export const authedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.viewer) throw unauthenticated();
  return next({ ctx: { viewer: ctx.viewer } });
});

/** An admin of the caller's own school (every query below still scopes by `viewer.schoolId`). */
export const schoolAdminProcedure = authedProcedure.use(({ ctx, next }) => {
  if (ctx.viewer.role !== "admin") throw forbidden("Only school administrators can do this.");
  return next();
});

/** A member of the class named by `input.classId` (or an admin of its school). */
export const classProcedure = authedProcedure.input(z.object({ classId: ZId })).use(async ({ ctx, input, next }) => {
  const classAccess =
    ctx.classAccess?.classId === input.classId ? ctx.classAccess : await getClassAccess({ db: ctx.services.db, viewer: ctx.viewer, classId: input.classId });
  return next({ ctx: { classAccess } });
});

/** A teacher of the class named by `input.classId`, or an admin of its school. */
export const classTeacherProcedure = classProcedure.use(({ ctx, next }) => {
  if (!canManageClass(ctx.classAccess)) throw forbidden("Only the class's teachers can do this.");
  return next();
});
