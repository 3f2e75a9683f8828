// What the benchmark's participants do, and what attendance that must give. Times are whole
// seconds from `base` (a whole second at or after the lesson's start), as LiveKit's are; the
// lesson ends `lessonSeconds` after `base`, when the room finishes.
//
// The expected figures are computed here independently of the API's interval arithmetic: each
// student's attended seconds are counted one by one in a set, so overlaps and clamping are
// checked by a different method than the one that produced them.

export type PlannedSession = { userId: string; sid: string; joinSecond: number; leftSecond: number };

export type ExpectedAttendance = { attendedSeconds: number; totalMinutes: number; sessionCount: number; firstJoinedAt: Date | null; lastLeftAt: Date | null };

/** A small deterministic generator, so a run can be repeated exactly. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * `sessionCount` sessions spread over the students: every eighth student stays away, the rest get
 * one session each in turn, and the remainder get a second one (a reconnect, sometimes overlapping
 * the first, as a second tab does). Some sessions run past the lesson's end.
 */
export function planSessions({ studentIds, sessionCount, lessonSeconds, seed = 1405 }: { studentIds: string[]; sessionCount: number; lessonSeconds: number; seed?: number }): PlannedSession[] {
  const next = random(seed);
  const attending = studentIds.filter((_, index) => index % 8 !== 7);
  if (attending.length === 0) return [];
  return Array.from({ length: sessionCount }, (_, index) => {
    const joinSecond = Math.floor(next() * lessonSeconds);
    const length = 30 + Math.floor(next() * (lessonSeconds / 2));
    return { userId: attending[index % attending.length]!, sid: `PA_bench_${index}`, joinSecond, leftSecond: joinSecond + length };
  });
}

export function expectedAttendance({ sessions, base, lessonSeconds }: { sessions: PlannedSession[]; base: number; lessonSeconds: number }): Map<string, ExpectedAttendance> {
  const byUser = new Map<string, PlannedSession[]>();
  for (const session of sessions) {
    const own = byUser.get(session.userId);
    if (own) own.push(session);
    else byUser.set(session.userId, [session]);
  }
  const expected = new Map<string, ExpectedAttendance>();
  for (const [userId, own] of byUser) {
    const covered = new Set<number>();
    for (const session of own) for (let second = session.joinSecond; second < Math.min(session.leftSecond, lessonSeconds); second++) covered.add(second);
    const first = Math.min(...own.map((session) => session.joinSecond));
    const last = Math.min(Math.max(...own.map((session) => session.leftSecond)), lessonSeconds);
    expected.set(userId, {
      attendedSeconds: covered.size,
      totalMinutes: Math.round(covered.size / 60),
      sessionCount: own.length,
      firstJoinedAt: new Date(base + first * 1000),
      lastLeftAt: new Date(base + last * 1000),
    });
  }
  return expected;
}
