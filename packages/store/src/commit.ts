import { placeIdOf, ticketIdOf } from '@aufruf/core';
import type { DomainEvent } from '@aufruf/core';
import type { Database } from 'better-sqlite3';
import { placeToRow, ticketToRow } from './rows.ts';
import type { PlaceRow, TicketRow } from './rows.ts';
import type { CommitInput } from './store.ts';

interface CommandRow {
  readonly request_id: string | null;
  readonly name: string;
  readonly at: number;
  readonly reply: string;
}

interface EventRow {
  readonly at: number;
  readonly type: string;
  readonly ticket_id: string | null;
  readonly place_id: string | null;
  readonly day: string | null;
  readonly data: string;
  readonly command_id: number | bigint;
}

/** Prepares the statements of a commit once and returns the function that writes one command's outcome. */
export function prepareCommit(db: Database): (input: CommitInput) => { seq: number } {
  const insertCommand = db.prepare<[CommandRow]>(
    'INSERT INTO commands (request_id, name, at, reply) VALUES (@request_id, @name, @at, @reply)',
  );
  const insertEvent = db.prepare<[EventRow]>(
    `INSERT INTO events (at, type, ticket_id, place_id, day, data, command_id)
     VALUES (@at, @type, @ticket_id, @place_id, @day, @data, @command_id)`,
  );
  // ON CONFLICT (id) only: a different ticket with a taken (day, letter, number) must still fail.
  const upsertTicket = db.prepare<[TicketRow]>(
    `INSERT INTO tickets (id, day, letter, number, errand_id, status, drawn_at, queued_at, place_id,
       target_place_id, first_called_at, called_at, finished_at, calls, kind, end_cause)
     VALUES (@id, @day, @letter, @number, @errand_id, @status, @drawn_at, @queued_at, @place_id,
       @target_place_id, @first_called_at, @called_at, @finished_at, @calls, @kind, @end_cause)
     ON CONFLICT (id) DO UPDATE SET day = excluded.day, letter = excluded.letter, number = excluded.number,
       errand_id = excluded.errand_id, status = excluded.status, drawn_at = excluded.drawn_at,
       queued_at = excluded.queued_at, place_id = excluded.place_id, target_place_id = excluded.target_place_id,
       first_called_at = excluded.first_called_at, called_at = excluded.called_at,
       finished_at = excluded.finished_at, calls = excluded.calls, kind = excluded.kind,
       end_cause = excluded.end_cause`,
  );
  const upsertPlace = db.prepare<[PlaceRow]>(
    `INSERT INTO places (id, errand_ids, staffed, paused, back_at, ticket_id)
       VALUES (@id, @errand_ids, @staffed, @paused, @back_at, @ticket_id)
     ON CONFLICT (id) DO UPDATE SET errand_ids = excluded.errand_ids, staffed = excluded.staffed,
       paused = excluded.paused, back_at = excluded.back_at, ticket_id = excluded.ticket_id`,
  );
  const setDay = db.prepare<[string]>(
    `INSERT INTO office_state (key, value) VALUES ('day', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
  );
  const insertToken = db.prepare<[string, string, number]>(
    'INSERT INTO follow_tokens (token, ticket_id, created_at) VALUES (?, ?, ?)',
  );
  const lastSeq = db.prepare<[], number>('SELECT COALESCE(MAX(seq), 0) FROM events').pluck();

  // better-sqlite3 turns this into a SAVEPOINT when the hub already holds a transaction, so a
  // failing commit never leaves half of itself behind, whatever the caller does with the error.
  const write = db.transaction((input: CommitInput): { seq: number } => {
    const { lastInsertRowid: commandId } = insertCommand.run({
      request_id: input.requestId,
      name: input.command,
      at: input.at,
      // undefined has no JSON form; null keeps "answered" distinguishable from "not found".
      reply: input.reply === undefined ? 'null' : JSON.stringify(input.reply),
    });
    for (const event of input.events) {
      insertEvent.run(eventRow(event, commandId));
      if (event.type === 'DayStarted') setDay.run(event.day);
    }
    // Tickets before places: a place's ticket_id must point at a stored ticket.
    for (const ticket of input.tickets) upsertTicket.run(ticketToRow(ticket));
    for (const place of input.places) upsertPlace.run(placeToRow(place));
    for (const { ticketId, token } of input.followTokens ?? []) insertToken.run(token, ticketId, input.at);
    return { seq: lastSeq.get() ?? 0 };
  });
  return (input) => {
    assertRowsGiven(input);
    return write.immediate(input);
  };
}

/**
 * Refuses a commit whose events change a ticket without its row: the row would keep its old
 * status, and on the next start e.g. a ticket the rollover expired would be called again.
 */
function assertRowsGiven(input: CommitInput): void {
  const given = new Set(input.tickets.map((t) => t.id));
  for (const event of input.events) {
    const id = ticketIdOf(event);
    if (id !== null && !given.has(id)) {
      throw new Error(
        `commit of ${input.command}: ${event.type} changes ticket ${id}, but its row is missing (use changedRows)`,
      );
    }
  }
}

function eventRow(event: DomainEvent, commandId: number | bigint): EventRow {
  // The columns beside data exist to be queried (a ticket's history, a day's events) without parsing JSON.
  const day =
    event.type === 'DayStarted' ? event.day : event.type === 'TicketDrawn' ? event.ticket.day : null;
  return {
    at: event.at,
    type: event.type,
    ticket_id: ticketIdOf(event),
    place_id: placeIdOf(event),
    day,
    data: JSON.stringify(event),
    command_id: commandId,
  };
}
