import type { Database } from 'better-sqlite3';
import type { TicketRow } from './rows.ts';
import { aggregateDay } from './stats-aggregate.ts';
import { summarize } from './stats-figures.ts';
import type { StatsFigures } from './stats-figures.ts';
import { prepareStatsTables } from './stats-tables.ts';

/** The statistics side of the store. */
export interface StatsStore {
  /** Writes the aggregates of every closed day that has none yet; returns those days. */
  readonly closeDays: (timeZone: string) => string[];
  /** The figures of the days from..to (inclusive). */
  readonly stats: (query: { from: string; to: string; timeZone: string }) => StatsFigures;
  /** The days (oldest first) that have tickets, from..to inclusive. */
  readonly ticketDays: (from: string, to: string) => string[];
}

// A skip scan: one seek in the (day, letter, number) index per day instead of reading every ticket.
const TICKET_DAYS = `WITH RECURSIVE days(day) AS (
    SELECT MIN(day) FROM tickets WHERE day BETWEEN @from AND @to
    UNION ALL
    SELECT (SELECT MIN(day) FROM tickets WHERE day > days.day AND day <= @to) FROM days WHERE days.day IS NOT NULL
  )
  SELECT day FROM days WHERE day IS NOT NULL`;

/** The lowest and highest day strings: every YYYY-MM-DD lies between them. */
export const ALL_DAYS = { from: '0000-00-00', to: '9999-99-99' } as const;

/**
 * Prepares the statistics. A day is closed – its aggregates are written and never change again –
 * once the office has started a later day and none of its tickets is still open (the rollover
 * expires them; a day started without that waits until they are finished). Closing happens lazily,
 * before every report and every retention run, so no hook into the rollover is needed and a day
 * can never be missing when retention looks for it.
 */
export function prepareStats(db: Database): StatsStore {
  const tables = prepareStatsTables(db);
  const ticketDays = db.prepare<[{ from: string; to: string }], string>(TICKET_DAYS).pluck();
  const dayTickets = db.prepare<[string], TicketRow>('SELECT * FROM tickets WHERE day = ?');
  const currentDay = db.prepare<[], string>("SELECT value FROM office_state WHERE key = 'day'").pluck();

  const closeDays = (timeZone: string): string[] => {
    const current = currentDay.get();
    if (current === undefined) return [];
    const written = tables.writtenDays();
    const closed: string[] = [];
    for (const day of ticketDays.all({ from: ALL_DAYS.from, to: current })) {
      if (day >= current || written.has(day)) continue;
      const tickets = dayTickets.all(day);
      if (tickets.some((t) => t.status === 'waiting' || t.status === 'called')) continue;
      tables.write(aggregateDay(day, tickets, timeZone), timeZone, Date.now());
      closed.push(day);
    }
    return closed;
  };

  const stats = ({ from, to, timeZone }: { from: string; to: string; timeZone: string }): StatsFigures => {
    closeDays(timeZone);
    const stored = tables.read(from, to);
    const have = new Set(stored.map((d) => d.day));
    // Today (and any day not closed yet) straight from its tickets, through the same aggregation.
    const live = ticketDays
      .all({ from, to })
      .filter((day) => !have.has(day))
      .map((day) => aggregateDay(day, dayTickets.iterate(day), timeZone));
    return summarize(from, to, [...stored, ...live]);
  };

  // IMMEDIATE: closing writes, and the figures must belong to one moment.
  const closeTx = db.transaction(closeDays);
  const statsTx = db.transaction(stats);
  return {
    closeDays: (timeZone) => closeTx.immediate(timeZone),
    stats: (query) => statsTx.immediate(query),
    ticketDays: (from, to) => ticketDays.all({ from, to }),
  };
}
