// <input type="datetime-local"> speaks wall-clock time without a zone, and the browser would read
// it in the device's zone. Due dates belong to the school, so these helpers read and write that
// wall-clock time in the school's IANA zone instead, with Intl alone (no date library).

const INPUT_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

type WallClock = { year: number; month: number; day: number; hour: number; minute: number; second: number };

const formatters = new Map<string, Intl.DateTimeFormat>();

function wallClockFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // Gregorian calendar and Latin digits whatever the reader's language: these parts are parsed, not shown.
    formatter = new Intl.DateTimeFormat("en-US-u-ca-gregory-nu-latn", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function wallClockAt(instant: number, timeZone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const part of wallClockFormatter(timeZone).formatToParts(instant)) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour!, minute: parts.minute!, second: parts.second! };
}

function utcOf({ year, month, day, hour, minute, second }: WallClock): number {
  return Date.UTC(year, month - 1, day, hour, minute, second);
}

/** How far the zone's clock is ahead of UTC at that instant, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
  const wholeSecond = Math.floor(instant / 1000) * 1000;
  return utcOf(wallClockAt(wholeSecond, timeZone)) - wholeSecond;
}

/**
 * The instant a datetime-local value ("2026-03-21T14:30") names in the given zone, or null when the
 * value is empty or not a real date. A time skipped by a clock change moves forward by the jump.
 */
export function zonedInputToDate(value: string, timeZone: string): Date | null {
  const match = INPUT_PATTERN.exec(value);
  if (!match) return null;
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0] = match.slice(1).map((part) => Number(part ?? 0));
  const wall: WallClock = { year, month, day, hour, minute, second };
  const asUtc = utcOf(wall);
  const check = new Date(asUtc);
  if (check.getUTCMonth() + 1 !== wall.month || check.getUTCDate() !== wall.day || wall.hour > 23 || wall.minute > 59) return null;
  // The offset depends on the instant we are looking for; a second pass settles it across a clock change.
  const firstGuess = asUtc - offsetAt(asUtc, timeZone);
  const secondGuess = asUtc - offsetAt(firstGuess, timeZone);
  return new Date(secondGuess);
}

/** The datetime-local value ("2026-03-21T14:30") showing the instant on the zone's clock. */
export function dateToZonedInput(date: Date, timeZone: string): string {
  const { year, month, day, hour, minute } = wallClockAt(date.getTime(), timeZone);
  const pad = (value: number, length = 2) => String(value).padStart(length, "0");
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}`;
}
