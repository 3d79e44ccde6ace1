import { weekdays } from './model.ts';
import type { DayException, IssuingHours, OfficeSetup, Weekday } from './model.ts';
import { serviceDay } from './service-day.ts';

type HoursSetup = Pick<OfficeSetup, 'hours' | 'timeZone' | 'exceptions'>;

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
  /** Today is a holiday, a closure or has special hours: its name. */
  readonly exception: string | null;
}

/** The exception for a date, if the office has one. */
const exceptionOn = (setup: HoursSetup, date: string): DayException | undefined =>
  setup.exceptions?.find((e) => e.date === date);

/** The hours of a date: its exception's, else its weekday's; null when closed. */
function hoursOn(setup: HoursSetup, date: string, weekday: Weekday): IssuingHours | null {
  const exception = exceptionOn(setup, date);
  if (exception) return exception.hours;
  return setup.hours?.[weekday] ?? null;
}

/**
 * Numbers are handed out from `from` (inclusive) until `until` (exclusive), office time. "HH:MM"
 * strings compare correctly as text, and "24:00" closes at midnight. A date's exception (holiday,
 * closure, special hours) overrides its weekday.
 */
export function issuingNow(setup: HoursSetup, now: number): IssuingNow {
  if (!setup.hours) return { open: true, today: null, unrestricted: true, exception: null };
  const { weekday, time } = officeWallClock(now, setup.timeZone);
  const date = serviceDay(now, setup.timeZone);
  const today = hoursOn(setup, date, weekday);
  const open = today !== null && time >= today.from && time < today.until;
  return { open, today, unrestricted: false, exception: exceptionOn(setup, date)?.name ?? null };
}

const minutesOf = (hhmm: string): number => {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};

/**
 * Today's closing time (the end of today's hours) in ms since the epoch, or null when the office has
 * no hours or hands out no numbers today. Wall-clock arithmetic within the day, good to the minute.
 */
export function closingAt(setup: HoursSetup, now: number): number | null {
  if (!setup.hours) return null;
  const { weekday, time } = officeWallClock(now, setup.timeZone);
  const today = hoursOn(setup, serviceDay(now, setup.timeZone), weekday);
  if (!today) return null;
  const minuteStart = now - (now % 60_000);
  return minuteStart + (minutesOf(today.until) - minutesOf(time)) * 60_000;
}

/** When numbers are handed out next: later today, or the first day with hours. */
export interface NextOpening {
  readonly weekday: Weekday;
  readonly from: string;
  /** 0: later today. */
  readonly daysAhead: number;
  /** YYYY-MM-DD, office time. */
  readonly date: string;
}

/**
 * The next time the kiosk hands out numbers after `now`, holidays and closures skipped; null when
 * there are no hours at all or none in the next four weeks.
 */
export function nextOpening(setup: HoursSetup, now: number): NextOpening | null {
  if (!setup.hours) return null;
  const { weekday, time } = officeWallClock(now, setup.timeZone);
  const today = hoursOn(setup, serviceDay(now, setup.timeZone), weekday);
  if (today && time < today.from) {
    return { weekday, from: today.from, daysAhead: 0, date: serviceDay(now, setup.timeZone) };
  }
  const index = weekdays.indexOf(weekday);
  // Noon today, office time: a day's steps from there stay clear of a daylight-saving change at night.
  const noon = now - (now % 60_000) + (12 * 60 - minutesOf(time)) * 60_000;
  for (let ahead = 1; ahead <= 28; ahead++) {
    const day = weekdays[(index + ahead) % 7];
    const date = serviceDay(noon + ahead * 86_400_000, setup.timeZone);
    const open = day && hoursOn(setup, date, day);
    if (day && open) return { weekday: day, from: open.from, daysAhead: ahead, date };
  }
  return null;
}
