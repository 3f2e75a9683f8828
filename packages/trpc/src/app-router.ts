import { authRouter } from "./routers/auth-router.ts";
import { classesRouter } from "./routers/classes-router.ts";
import { homeworkRouter } from "./routers/homework-router.ts";
import { messagesRouter } from "./routers/messages-router.ts";
import { router } from "./trpc.ts";

export const appRouter = router({
  auth: authRouter,
  classes: classesRouter,
  messages: messagesRouter,
  homework: homeworkRouter,
});

export type AppRouter = typeof appRouter;
