import { CALL_HISTORY, initialState, ticketMap } from '@aufruf/core';
import type { CallRecord, OfficeSetup, OfficeState, PlaceState } from '@aufruf/core';
import type { Database } from 'better-sqlite3';
import { rowToPlace, rowToTicket } from './rows.ts';
import type { PlaceRow, TicketRow } from './rows.ts';

interface CallRow {
  readonly ticket_id: string;
  readonly place_id: string;
  readonly at: number;
  readonly type: 'TicketCalled' | 'TicketRecalled';
}

/** The queries of a start; exported so a test can check that none of them scans a year of data. */
export const LOAD_QUERIES = {
  day: "SELECT value FROM office_state WHERE key = 'day'",
  // Open tickets of earlier days stay until a rollover expires them, just as evolve keeps them.
  // Both halves of the OR use an index (day through UNIQUE (day, letter, number), status its own).
  tickets: `SELECT id, day, letter, number, errand_id, status, drawn_at, queued_at, place_id, target_place_id,
      first_called_at, called_at, finished_at, calls, kind, end_cause
    FROM tickets WHERE day = ? OR status IN ('waiting', 'called') ORDER BY drawn_at, id`,
  lastNumbers: 'SELECT letter, MAX(number) AS number FROM tickets WHERE day = ? GROUP BY letter',
  places: 'SELECT id, errand_ids, staffed, paused, back_at, ticket_id FROM places',
  // A seek in the partial index of day starts rather than a walk back through the events.
  dayStartedSeq: "SELECT COALESCE(MAX(seq), 0) FROM events WHERE type = 'DayStarted'",
  // Walks back from the newest event, never past the last DayStarted: today's events, a few thousand at most.
  calls: `SELECT ticket_id, place_id, at, type FROM events
    WHERE seq > ? AND type IN ('TicketCalled', 'TicketRecalled') ORDER BY seq DESC LIMIT ?`,
  lastSeq: 'SELECT COALESCE(MAX(seq), 0) FROM events',
  // Today's stops and resumes of issuing (a handful), through the index on type.
  issuing: `SELECT type, data FROM events
    WHERE seq > ? AND type IN ('IssuingStopped', 'IssuingResumed') ORDER BY seq`,
} as const;

/** The highest number per letter stored for a service day: where that day's numbering goes on. */
export function prepareLastNumbers(db: Database): (day: string) => Record<string, number> {
  const query = db.prepare<[string], { letter: string; number: number }>(LOAD_QUERIES.lastNumbers);
  return (day) => {
    const numbers: Record<string, number> = {};
    for (const row of query.iterate(day)) numbers[row.letter] = row.number;
    return numbers;
  };
}

/** Prepares the queries of a start once and returns the function that rebuilds the hub's state. */
export function prepareLoadState(db: Database): (setup: OfficeSetup) => { state: OfficeState; seq: number } {
  const currentDay = db.prepare<[], string>(LOAD_QUERIES.day).pluck();
  const tickets = db.prepare<[string], TicketRow>(LOAD_QUERIES.tickets);
  const lastNumbers = prepareLastNumbers(db);
  const places = db.prepare<[], PlaceRow>(LOAD_QUERIES.places);
  const dayStartedSeq = db.prepare<[], number>(LOAD_QUERIES.dayStartedSeq).pluck();
  const calls = db.prepare<[number, number], CallRow>(LOAD_QUERIES.calls);
  const lastSeq = db.prepare<[], number>(LOAD_QUERIES.lastSeq).pluck();
  const issuing = db.prepare<[number], { type: string; data: string }>(LOAD_QUERIES.issuing);

  // One read transaction: the parts belong to the same moment even if another connection writes.
  return db.transaction((setup: OfficeSetup) => {
    const day = currentDay.get() ?? '';
    const dayTickets = ticketMap([...tickets.iterate(day)].map(rowToTicket));
    const numbers = lastNumbers(day);
    // Places come from the configuration; a stored row only carries over what staff changed,
    // and a place removed from the configuration is forgotten.
    const placeMap: Record<string, PlaceState> = { ...initialState(setup, day).places };
    for (const row of places.iterate()) {
      if (placeMap[row.id]) placeMap[row.id] = rowToPlace(row);
    }
    const dayStart = dayStartedSeq.get() ?? 0;
    const stopped = new Set<string>();
    for (const row of issuing.iterate(dayStart)) {
      const { errandId } = JSON.parse(row.data) as { errandId: string };
      if (row.type === 'IssuingStopped') stopped.add(errandId);
      else stopped.delete(errandId);
    }
    const recent: CallRecord[] = calls
      .all(dayStart, CALL_HISTORY)
      .reverse()
      .map((r) => ({
        ticketId: r.ticket_id,
        placeId: r.place_id,
        at: r.at,
        recall: r.type === 'TicketRecalled',
      }));
    const state: OfficeState = {
      day,
      lastNumbers: numbers,
      tickets: dayTickets,
      places: placeMap,
      calls: recent,
      stoppedErrands: [...stopped],
    };
    return { state, seq: lastSeq.get() ?? 0 };
  });
}
