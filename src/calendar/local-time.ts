import type { Day } from './calendar-days.ts';

/** Now, injected: the real clock in production, a simulated one in tests and `factory simulate`. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

const formatters = new Map<string, Intl.DateTimeFormat>();
const offsets = new Map<string, number>();
const QUARTER_HOUR_MS = 900_000;

/** Throws a plain Error unless `timezone` is an IANA zone this runtime knows. */
export function assertTimeZone(timezone: string): void {
  try {
    formatterFor(timezone);
  } catch {
    throw new Error(`unknown time zone "${timezone}" (use an IANA name such as Europe/Berlin)`);
  }
}

/** The instant a wall-clock time of `day` in `timezone` names (the earlier one when a clock change repeats it). */
export function localTimeToUtc(day: Day, secondOfDay: number, timezone: string): Date {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const wallClock = Date.UTC(year, month - 1, date, 0, 0, secondOfDay);
  const first = wallClock - offsetMinutes(wallClock, timezone) * 60_000;
  const second = wallClock - offsetMinutes(first, timezone) * 60_000;
  return new Date(Math.min(first, second));
}

/** The client's calendar day at `at`. */
export function localDayOf(at: Date, timezone: string): Day {
  const parts = partsOf(at.getTime(), timezone);
  return `${parts.year}-${parts.month}-${parts.day}`;
}

// Zones change offset on a quarter hour at the finest, so one lookup per quarter hour is exact.
function offsetMinutes(time: number, timezone: string): number {
  const key = `${timezone}|${Math.floor(time / QUARTER_HOUR_MS)}`;
  const cached = offsets.get(key);
  if (cached !== undefined) return cached;
  const parts = partsOf(time, timezone);
  const asUtc = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  const offset = Math.round((asUtc - Math.floor(time / 1000) * 1000) / 60_000);
  if (offsets.size > 50_000) offsets.clear();
  offsets.set(key, offset);
  return offset;
}

function partsOf(time: number, timezone: string): Record<string, string> {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timezone).formatToParts(new Date(time))) parts[part.type] = part.value;
  return parts;
}

function formatterFor(timezone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timezone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: timezone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      weekday: 'short',
    });
    formatters.set(timezone, formatter);
  }
  return formatter;
}

export interface LocalTime {
  /** `YYYY-MM-DD` in the zone. */
  day: Day;
  hour: number;
  minute: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** The local day and time of an instant in `timezone`. */
export function localTime(instant: Date, timezone: string): LocalTime {
  const parts = partsOf(instant.getTime(), timezone);
  return {
    day: `${parts.year}-${parts.month}-${parts.day}`,
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    weekday: WEEKDAYS.indexOf(parts.weekday ?? ''),
  };
}

/** The instant when the wall clock in `timezone` shows `time` (`HH:MM`) on `day`. */
export function zonedInstant(day: Day, time: string, timezone: string): Date {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || !match)
    throw new RangeError(`expected a YYYY-MM-DD day and an HH:MM time, got ${day} ${time}`);
  return localTimeToUtc(day, Number(match[1]) * 3600 + Number(match[2]) * 60, timezone);
}
