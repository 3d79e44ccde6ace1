import { weekdays } from './model.ts';
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

const minutesOf = (hhmm: string): number => {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};

/**
 * Today's closing time (the end of today's hours) in ms since the epoch, or null when the office has
 * no hours or hands out no numbers today. Wall-clock arithmetic within the day, good to the minute.
 */
export function closingAt(setup: Pick<OfficeSetup, 'hours' | 'timeZone'>, now: number): number | null {
  if (!setup.hours) return null;
  const { weekday, time } = officeWallClock(now, setup.timeZone);
  const today = setup.hours[weekday];
  if (!today) return null;
  const minuteStart = now - (now % 60_000);
  return minuteStart + (minutesOf(today.until) - minutesOf(time)) * 60_000;
}

/** When numbers are handed out next: later today, or the first weekday with hours (days ahead: 1–7). */
export interface NextOpening {
  readonly weekday: Weekday;
  readonly from: string;
  readonly daysAhead: number;
}

/** The next time the kiosk hands out numbers after `now`; null when there are no hours at all or none. */
export function nextOpening(setup: Pick<OfficeSetup, 'hours' | 'timeZone'>, now: number): NextOpening | null {
  const hours = setup.hours;
  if (!hours) return null;
  const { weekday, time } = officeWallClock(now, setup.timeZone);
  const today = hours[weekday];
  if (today && time < today.from) return { weekday, from: today.from, daysAhead: 0 };
  const index = weekdays.indexOf(weekday);
  for (let ahead = 1; ahead <= 7; ahead++) {
    const day = weekdays[(index + ahead) % 7];
    const open = day && hours[day];
    if (day && open) return { weekday: day, from: open.from, daysAhead: ahead };
  }
  return null;
}
