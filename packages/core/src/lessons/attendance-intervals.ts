// Attendance from participant sessions, computed the same whatever order LiveKit's webhooks came
// in: each session (one LiveKit participant sid) is an interval, intervals are clamped to the
// lesson and merged per student, so overlapping connections (a second tab, a reconnect before the
// old connection timed out) are not counted twice.

export type SessionInterval = { joinedAt: Date | null; leftAt: Date | null };

export type AttendanceFigures = {
  firstJoinedAt: Date | null;
  /** Null while the student is still in a live lesson. */
  lastLeftAt: Date | null;
  attendedMs: number;
  isPresent: boolean;
  sessionCount: number;
};

/**
 * @param windowStart when the lesson started
 * @param windowEnd when it ended, or now while it is live: open sessions count up to here
 */
export function attendanceFigures({ sessions, windowStart, windowEnd, isLive }: { sessions: SessionInterval[]; windowStart: Date; windowEnd: Date; isLive: boolean }): AttendanceFigures {
  const start = windowStart.getTime();
  const end = windowEnd.getTime();
  const clamp = (time: number) => Math.min(Math.max(time, start), end);
  const intervals: Array<[number, number]> = [];
  let firstJoined: number | null = null;
  let lastLeft: number | null = null;
  let isPresent = false;
  let sessionCount = 0;

  for (const session of sessions) {
    // A leave whose join we never learned cannot be measured; LiveKit's leave events carry the join
    // time, so this only happens for a participant who never fully connected.
    if (!session.joinedAt) continue;
    sessionCount += 1;
    const joined = clamp(session.joinedAt.getTime());
    const isOpen = session.leftAt === null;
    const left = clamp(isOpen ? end : session.leftAt!.getTime());
    if (isOpen && isLive) isPresent = true;
    firstJoined = firstJoined === null ? joined : Math.min(firstJoined, joined);
    lastLeft = lastLeft === null ? left : Math.max(lastLeft, left);
    if (left > joined) intervals.push([joined, left]);
  }

  intervals.sort((a, b) => a[0] - b[0]);
  let attendedMs = 0;
  let current: [number, number] | null = null;
  for (const interval of intervals) {
    if (current && interval[0] <= current[1]) {
      current[1] = Math.max(current[1], interval[1]);
    } else {
      if (current) attendedMs += current[1] - current[0];
      current = [interval[0], interval[1]];
    }
  }
  if (current) attendedMs += current[1] - current[0];

  return {
    firstJoinedAt: firstJoined === null ? null : new Date(firstJoined),
    lastLeftAt: isPresent || lastLeft === null ? null : new Date(lastLeft),
    attendedMs,
    isPresent,
    sessionCount,
  };
}
