import type { DayException } from '@aufruf/core';
import type { HolidayRegion } from '@aufruf/protocol';
import Holidays from 'date-holidays';

/**
 * The public holidays of a German Land (date-holidays, maintained with each year's changes) as days the
 * office is closed, for the given years. Only "public" ones: a holiday of some communities only (Mariä
 * Himmelfahrt outside Catholic parishes) is the office's own closure to add by hand.
 */
export function publicHolidays(region: HolidayRegion, years: readonly number[]): DayException[] {
  const [country, state] = region.split('-');
  const calendar = new Holidays(country ?? 'DE', state ?? '', { types: ['public'], languages: ['de'] });
  return years.flatMap((year) =>
    calendar
      .getHolidays(year, 'de')
      .filter((holiday) => holiday.type === 'public')
      .map((holiday) => ({ date: holiday.date.slice(0, 10), hours: null, name: holiday.name })),
  );
}

/** The office's own exceptions first: a closure or special hours on a holiday's date wins. */
export function mergeExceptions(
  own: readonly DayException[],
  holidays: readonly DayException[],
): DayException[] {
  const dates = new Set(own.map((e) => e.date));
  return [...own, ...holidays.filter((h) => !dates.has(h.date))].sort((a, b) => a.date.localeCompare(b.date));
}
