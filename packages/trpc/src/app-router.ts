import { auditRouter } from "./routers/audit-router.ts";
import { authRouter } from "./routers/auth-router.ts";
import { classesRouter } from "./routers/classes-router.ts";
import { filesRouter } from "./routers/files-router.ts";
import { homeworkRouter } from "./routers/homework-router.ts";
import { lessonsRouter } from "./routers/lessons-router.ts";
import { messagesRouter } from "./routers/messages-router.ts";
import { rosterRouter } from "./routers/roster-router.ts";
import { schoolsRouter } from "./routers/schools-router.ts";
import { usersRouter } from "./routers/users-router.ts";
import { router } from "./trpc.ts";

export const appRouter = router({
  auth: authRouter,
  classes: classesRouter,
  messages: messagesRouter,
  homework: homeworkRouter,
  files: filesRouter,
  lessons: lessonsRouter,
  roster: rosterRouter,
  users: usersRouter,
  audit: auditRouter,
  schools: schoolsRouter,
});

export type AppRouter = typeof appRouter;
