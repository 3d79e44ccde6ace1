import { localeOf } from '@aufruf/ui';
import { serviceDay } from '@aufruf/core';
import type { Language } from '@aufruf/ui';

/** A period of whole service days, both ends included (YYYY-MM-DD, office calendar). */
export interface DayRange {
  readonly from: string;
  readonly to: string;
}

const DAY_MS = 86_400_000;
const THURSDAY = 4;

// Calendar arithmetic on plain dates: noon UTC keeps every step clear of daylight-saving edges.
const toUtc = (day: string): number => Date.parse(`${day}T12:00:00Z`);
const fromUtc = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

export const addDays = (day: string, count: number): string => fromUtc(toUtc(day) + count * DAY_MS);

/** Days from `from` to `to`, both included (1 for a single day). */
export const dayCount = ({ from, to }: DayRange): number =>
  Math.round((toUtc(to) - toUtc(from)) / DAY_MS) + 1;

/** The office's day today, from hub time. */
export const todayIn = (now: number, timeZone: string): string => serviceDay(now, timeZone);

/** The quick choices, counted back from today. */
export function quickRanges(today: string) {
  const weekday = new Date(toUtc(today)).getUTCDay();
  // The Thursday before today: a week ago when today is a Thursday ("Heute" covers today).
  const back = (weekday - THURSDAY + 7) % 7 || 7;
  const thursday = addDays(today, -back);
  return {
    quickToday: { from: today, to: today },
    quickLastThursday: { from: thursday, to: thursday },
    quickLast7: { from: addDays(today, -6), to: today },
    quickLast30: { from: addDays(today, -29), to: today },
  } as const satisfies Record<string, DayRange>;
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** A day written out: "Donnerstag, 12. Juni 2025" (with the weekday) or "12. Juni 2025". */
export function formatDay(day: string, language: Language, weekday: boolean): string {
  const key = `${language}|${weekday}`;
  let format = dayFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(localeOf(language), {
      timeZone: 'UTC',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      ...(weekday ? { weekday: 'long' } : {}),
    });
    dayFormats.set(key, format);
  }
  return format.format(toUtc(day));
}

/** Every day of a period, in order. */
export const daysOf = (range: DayRange): string[] =>
  Array.from({ length: dayCount(range) }, (_, i) => addDays(range.from, i));

const shortFormats = new Map<Language, Intl.DateTimeFormat>();

/** A day for a chart's axis: "Do., 19.11.". */
export function formatShortDay(day: string, language: Language): string {
  let format = shortFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(localeOf(language), {
      timeZone: 'UTC',
      weekday: 'short',
      day: '2-digit',
      month: '2-digit',
    });
    shortFormats.set(language, format);
  }
  return format.format(toUtc(day));
}

export const isDay = (value: string): boolean =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(toUtc(value));
