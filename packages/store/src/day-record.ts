import type { DomainEvent, Ticket } from '@aufruf/core';
import type { Database } from 'better-sqlite3';
import { rowToTicket } from './rows.ts';
import type { TicketRow } from './rows.ts';

/** One stored service day: its tickets, and the events that staffed and used its places. */
export interface DayRecord {
  readonly tickets: Ticket[];
  readonly events: DomainEvent[];
}

// The planner's view of a day: who came, who was called where, who was signed in and on a break.
const PLACE_EVENTS = [
  'PlaceConfigured',
  'PlaceStaffed',
  'PlaceUnstaffed',
  'PlacePaused',
  'PlaceResumed',
  'TicketCalled',
];

/** Reads a day's record; empty when the day is unknown or its details were pruned (see retention). */
export function prepareDayRecord(db: Database): (day: string) => DayRecord {
  const tickets = db.prepare<[string], TicketRow>(
    'SELECT * FROM tickets WHERE day = ? ORDER BY drawn_at, id',
  );
  // Day starts are in the partial index: the day's first start, and the next day's.
  const start = db
    .prepare<[string], number>("SELECT MIN(seq) FROM events WHERE type = 'DayStarted' AND day = ?")
    .pluck();
  const next = db
    .prepare<[number], number>("SELECT MIN(seq) FROM events WHERE type = 'DayStarted' AND seq > ?")
    .pluck();
  const events = db.prepare<(number | string)[], { data: string }>(
    `SELECT data FROM events WHERE seq > ? AND seq < ? AND type IN (${PLACE_EVENTS.map(() => '?').join(', ')}) ORDER BY seq`,
  );
  return (day) => {
    const from = start.get(day);
    if (from === null || from === undefined) return { tickets: [], events: [] };
    const until = next.get(from) ?? Number.MAX_SAFE_INTEGER;
    return {
      tickets: tickets.all(day).map(rowToTicket),
      events: events.all(from, until, ...PLACE_EVENTS).map((row) => JSON.parse(row.data) as DomainEvent),
    };
  };
}
