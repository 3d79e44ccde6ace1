import { fail, ok } from '@aufruf/core';
import type { Result } from '@aufruf/core';
import type { StatsQuery } from '@aufruf/protocol';
import { daysCovered } from './calendar-day.ts';

/** A report covers at most a (leap) year: enough for an annual report, small enough to answer at once. */
export const MAX_RANGE_DAYS = 366;

/** The range of a report. */
export interface StatsRange {
  readonly from: string;
  readonly to: string;
}

/**
 * The range a query asks for (its days already checked by statsQuerySchema): `to` defaults to today,
 * `from` to `to`, so no parameters mean today.
 */
export function resolveRange(query: StatsQuery, today: string): Result<StatsRange, string> {
  const to = query.to ?? today;
  const from = query.from ?? to;
  if (from > to) return fail(`from (${from}) is after to (${to}).`);
  const days = daysCovered(from, to);
  if (days > MAX_RANGE_DAYS) {
    return fail(`The range covers ${days} days; at most ${MAX_RANGE_DAYS} are allowed.`);
  }
  return ok({ from, to });
}
