import type { IssuingHours, OfficeSetup, Weekday } from './model.ts';

// Intl is part of the language, not I/O: weekday and wall-clock time in the office's time zone.
const formatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

const WEEKDAYS: Readonly<Record<string, Weekday>> = {
  Mon: 'mon',
  Tue: 'tue',
  Wed: 'wed',
  Thu: 'thu',
  Fri: 'fri',
  Sat: 'sat',
  Sun: 'sun',
};

/** Weekday and "HH:MM" of an instant in the office's time zone. */
export function officeWallClock(epochMs: number, timeZone: string): { weekday: Weekday; time: string } {
  const parts = partsFormatter(timeZone).formatToParts(epochMs);
  const part = (type: Intl.DateTimeFormatPartTypes): string =>
    parts.find((p) => p.type === type)?.value ?? '';
  return { weekday: WEEKDAYS[part('weekday')] ?? 'mon', time: `${part('hour')}:${part('minute')}` };
}

/** Whether the kiosk hands out numbers now, and today's hours to tell the visitor. */
export interface IssuingNow {
  readonly open: boolean;
  /** Today's hours; null when numbers are not handed out at all today (or when no hours are set). */
  readonly today: IssuingHours | null;
  /** True when the office has set no hours: numbers any time. */
  readonly unrestricted: boolean;
}

/**
 * Numbers are handed out from `from` (inclusive) until `until` (exclusive), office time. "HH:MM"
 * strings compare correctly as text, and "24:00" closes at midnight.
 */
export function issuingNow(setup: Pick<OfficeSetup, 'hours' | 'timeZone'>, now: number): IssuingNow {
  if (!setup.hours) return { open: true, today: null, unrestricted: true };
  const { weekday, time } = officeWallClock(now, setup.timeZone);
  const today = setup.hours[weekday] ?? null;
  const open = today !== null && time >= today.from && time < today.until;
  return { open, today, unrestricted: false };
}
