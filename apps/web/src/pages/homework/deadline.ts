/**
 * Where an assignment stands against its deadline, for display only: the server decides whether
 * work is accepted and whether it is late, by its own clock. Mirrors its rule: work at the exact
 * due time is on time, and late work is accepted up to and including `allowLateUntil`.
 */
export type DeadlineState = "open" | "lateAccepted" | "passed" | "closed";

export function deadlineState({ now, dueAt, allowLateUntil, closedAt }: { now: Date; dueAt: Date; allowLateUntil: Date | null; closedAt: Date | null }): DeadlineState {
  if (closedAt && closedAt <= now) return "closed";
  if (now <= dueAt) return "open";
  if (allowLateUntil && now <= allowLateUntil) return "lateAccepted";
  return "passed";
}
