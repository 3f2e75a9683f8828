export * from "./common.ts";
export * from "./auth.ts";
export * from "./classes.ts";
export * from "./messages.ts";
export * from "./homework.ts";
export * from "./files.ts";
export * from "./lessons.ts";
export * from "./roster.ts";
