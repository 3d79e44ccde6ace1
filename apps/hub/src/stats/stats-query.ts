import { fail, ok } from '@aufruf/core';
import type { Result } from '@aufruf/core';
import { statsTables } from '@aufruf/protocol';
import type { StatsTable } from '@aufruf/protocol';
import { daysCovered, isCalendarDay } from './calendar-day.ts';

/** A report covers at most a (leap) year: enough for an annual report, small enough to answer at once. */
export const MAX_RANGE_DAYS = 366;

/** The range of a report. */
export interface StatsRange {
  readonly from: string;
  readonly to: string;
}

/** excel: `;`, decimal comma and a BOM, as German Excel opens it; standard: RFC 4180 with `,` and `.`. */
export type CsvFormat = 'excel' | 'standard';
const csvFormats: readonly CsvFormat[] = ['excel', 'standard'];

/** What a CSV export asks for. */
export interface CsvQuery extends StatsRange {
  readonly table: StatsTable;
  readonly format: CsvFormat;
}

/** Reads from/to (YYYY-MM-DD): to defaults to today, from to `to`; so no parameters mean today. */
export function parseRange(params: URLSearchParams, today: string): Result<StatsRange, string> {
  const given = { from: params.get('from'), to: params.get('to') };
  for (const [name, value] of Object.entries(given)) {
    if (value !== null && !isCalendarDay(value)) {
      return fail(`${name} must be a calendar day as YYYY-MM-DD, got "${value}".`);
    }
  }
  const to = given.to ?? today;
  const from = given.from ?? to;
  if (from > to) return fail(`from (${from}) is after to (${to}).`);
  const days = daysCovered(from, to);
  if (days > MAX_RANGE_DAYS) {
    return fail(`The range covers ${days} days; at most ${MAX_RANGE_DAYS} are allowed.`);
  }
  return ok({ from, to });
}

/** Reads the range, the table (default days) and the format (default excel) of a CSV export. */
export function parseCsvQuery(params: URLSearchParams, today: string): Result<CsvQuery, string> {
  const range = parseRange(params, today);
  if (!range.ok) return range;
  const table = params.get('table') ?? 'days';
  if (!isOneOf(statsTables, table))
    return fail(`table must be one of ${statsTables.join(', ')}, got "${table}".`);
  const format = params.get('format') ?? 'excel';
  if (!isOneOf(csvFormats, format)) return fail(`format must be excel or standard, got "${format}".`);
  return ok({ ...range.value, table, format });
}

const isOneOf = <T extends string>(values: readonly T[], value: string): value is T =>
  (values as readonly string[]).includes(value);
