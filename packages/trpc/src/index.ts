export { appRouter, type AppRouter } from "./app-router.ts";
export { createContextInner, type Context, type Services } from "./context.ts";
export { bearerToken, createHttpContextFactory, type HttpContextOptions } from "./http-context.ts";
export { createCallerFactory } from "./trpc.ts";
export { createLiveEventsEndpoint, LIVE_EVENTS_PATH, type LiveEventsEndpoint } from "./sse/live-events-endpoint.ts";
export { createDirectCallEndpoint, type DirectCallEndpoint } from "./direct/direct-call-endpoint.ts";
