import { officeWallClock } from '@aufruf/core';

const MINUTE = 60_000;

/** "HH:MM" (office time) of a minute after the day's start. */
export const clockOf = (startsAt: number, minute: number, timeZone: string): string =>
  officeWallClock(startsAt + Math.round(minute) * MINUTE, timeZone).time;

/** The minute after the day's start of an "HH:MM" on the same day; null for no valid time. */
export function minuteOf(startsAt: number, time: string, timeZone: string): number | null {
  const match = /^(\d\d):(\d\d)$/.exec(time);
  if (!match) return null;
  const start = officeWallClock(startsAt, timeZone).time;
  const toMinutes = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
  return Math.max(0, toMinutes(time) - toMinutes(start));
}
