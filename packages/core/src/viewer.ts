import type { UserRole } from "@zang/db";

/** The signed-in caller, as every domain function sees it. */
export type Viewer = {
  userId: string;
  schoolId: string;
  role: UserRole;
  displayName: string;
  sessionId: string;
};
