import type { EndCause, PlaceState, Ticket, TicketKind, TicketStatus } from '@aufruf/core';

/** A tickets row as SQLite hands it back (column names are the named parameters when writing). */
export interface TicketRow {
  readonly id: string;
  readonly day: string;
  readonly letter: string;
  readonly number: number;
  readonly errand_id: string;
  readonly status: string;
  readonly drawn_at: number;
  readonly queued_at: number;
  readonly place_id: string | null;
  readonly target_place_id: string | null;
  readonly first_called_at: number | null;
  readonly called_at: number | null;
  readonly finished_at: number | null;
  readonly calls: number;
  /** NULL for a normal walk-in ticket. */
  readonly kind: string | null;
  /** NULL unless the office ended the ticket on purpose (see EndCause). */
  readonly end_cause: string | null;
}

/** A places row; errand ids are a JSON array, staffed and paused are 0 or 1 (SQLite has no booleans). */
export interface PlaceRow {
  readonly id: string;
  readonly errand_ids: string;
  readonly staffed: number;
  readonly paused: number;
  readonly back_at: number | null;
  readonly ticket_id: string | null;
}

/** The row for a ticket. */
export function ticketToRow(t: Ticket): TicketRow {
  return {
    id: t.id,
    day: t.day,
    letter: t.letter,
    number: t.number,
    errand_id: t.errandId,
    status: t.status,
    drawn_at: t.drawnAt,
    queued_at: t.queuedAt,
    place_id: t.placeId,
    target_place_id: t.targetPlaceId,
    first_called_at: t.firstCalledAt,
    called_at: t.calledAt,
    finished_at: t.finishedAt,
    calls: t.calls,
    kind: t.kind === undefined || t.kind === 'normal' ? null : t.kind,
    end_cause: t.endCause ?? null,
  };
}

/** The ticket of a row; the status is trusted because the table's CHECK allows only known ones. */
export function rowToTicket(r: TicketRow): Ticket {
  return {
    id: r.id,
    day: r.day,
    letter: r.letter,
    number: r.number,
    errandId: r.errand_id,
    status: r.status as TicketStatus,
    drawnAt: r.drawn_at,
    queuedAt: r.queued_at,
    placeId: r.place_id,
    targetPlaceId: r.target_place_id,
    firstCalledAt: r.first_called_at,
    calledAt: r.called_at,
    finishedAt: r.finished_at,
    calls: r.calls,
    // Left out for normal tickets, exactly as decide makes them.
    ...(r.kind === null ? {} : { kind: r.kind as TicketKind }),
    // The table's CHECK allows only the known causes.
    ...(r.end_cause ? { endCause: r.end_cause as EndCause } : {}),
  };
}

/** The row for a place. */
export function placeToRow(p: PlaceState): PlaceRow {
  return {
    id: p.id,
    errand_ids: JSON.stringify(p.errandIds),
    staffed: p.staffed ? 1 : 0,
    paused: p.paused ? 1 : 0,
    back_at: p.backAt,
    ticket_id: p.ticketId,
  };
}

/** The place state of a row. */
export function rowToPlace(r: PlaceRow): PlaceState {
  return {
    id: r.id,
    errandIds: JSON.parse(r.errand_ids) as string[],
    staffed: r.staffed === 1,
    paused: r.paused === 1,
    backAt: r.back_at,
    ticketId: r.ticket_id,
  };
}
