import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isDay, monthPosition } from '../../src/calendar/calendar-days.ts';
import { localTime, zonedInstant } from '../../src/calendar/local-time.ts';

describe('local time in a client’s zone', () => {
  it('turns a local wall time into the right instant, on both sides of a DST change', () => {
    // New York: EST (UTC−5) before 8 March 2026, EDT (UTC−4) after.
    expect(zonedInstant('2026-03-07', '02:00', 'America/New_York').toISOString()).toBe(
      '2026-03-07T07:00:00.000Z',
    );
    expect(zonedInstant('2026-03-09', '02:00', 'America/New_York').toISOString()).toBe(
      '2026-03-09T06:00:00.000Z',
    );
    expect(zonedInstant('2026-07-01', '03:00', 'Asia/Kolkata').toISOString()).toBe(
      '2026-06-30T21:30:00.000Z',
    );
  });

  it('reads the local day, hour and weekday of an instant', () => {
    const late = localTime(new Date('2026-03-03T03:30:00Z'), 'America/Denver');
    expect(late).toEqual({ day: '2026-03-02', hour: 20, minute: 30, weekday: 1 });
    expect(localTime(new Date('2026-03-03T03:30:00Z'), 'Europe/Berlin').day).toBe('2026-03-03');
  });

  it('does calendar arithmetic and month positions', () => {
    expect(addDays('2026-02-27', 3)).toBe('2026-03-02');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-03-02', '2026-05-31')).toBe(90);
    expect(monthPosition('2026-02-10')).toEqual({ daysInMonth: 28, daysElapsed: 9, firstDay: '2026-02-01' });
    expect(isDay('2026-02-30')).toBe(false);
    expect(isDay('2026-12-31')).toBe(true);
    expect(() => zonedInstant('2026/03/02', '01:00', 'UTC')).toThrow(/YYYY-MM-DD/);
  });
});
