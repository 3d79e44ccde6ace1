import type { DomainEvent } from './events.ts';
import { CALL_HISTORY, DEFAULT_PAUSE_MINUTES, emptyPlace, isOpen } from './model.ts';
import type { CallRecord, OfficeState, PlaceState, Ticket } from './model.ts';
import { ticketsWhere, withTicket } from './ticket-map.ts';

/** Applies one event to the state. Pure: the hub and every client use it to stay in step. */
export function evolve(state: OfficeState, event: DomainEvent): OfficeState {
  switch (event.type) {
    case 'DayStarted': {
      // Yesterday's finished tickets leave memory; open ones stay until they are expired.
      const tickets = ticketsWhere(state.tickets, isOpen);
      // A stop is for one day: the next one starts issuing every errand again.
      return {
        ...state,
        day: event.day,
        lastNumbers: { ...event.lastNumbers },
        tickets,
        calls: [],
        stoppedErrands: [],
      };
    }
    case 'TicketDrawn': {
      const { ticket } = event;
      return {
        ...state,
        lastNumbers: { ...state.lastNumbers, [ticket.letter]: ticket.number },
        tickets: withTicket(state.tickets, ticket),
      };
    }
    case 'TicketCalled':
    case 'TicketRecalled': {
      const recall = event.type === 'TicketRecalled';
      const next = updateTicket(state, event.ticketId, (t) => ({
        ...t,
        status: 'called',
        placeId: event.placeId,
        targetPlaceId: null,
        firstCalledAt: t.firstCalledAt ?? event.at,
        calledAt: event.at,
        calls: t.calls + 1,
      }));
      const call: CallRecord = { ticketId: event.ticketId, placeId: event.placeId, at: event.at, recall };
      return {
        ...updatePlace(next, event.placeId, (p) => ({ ...p, ticketId: event.ticketId })),
        calls: [...state.calls, call].slice(-CALL_HISTORY),
      };
    }
    case 'TicketServed':
    case 'TicketNoShow': {
      const status = event.type === 'TicketServed' ? 'served' : 'no-show';
      const next = updateTicket(state, event.ticketId, (t) => ({ ...t, status, finishedAt: event.at }));
      return releasePlace(next, event.placeId);
    }
    case 'TicketPutBack': {
      const next = updateTicket(state, event.ticketId, (t) => ({
        ...t,
        status: 'waiting',
        queuedAt: event.at,
      }));
      return releasePlace(next, event.placeId);
    }
    case 'TicketReopened':
      // Back where it was in the queue (queued when drawn), with its calls counted afresh.
      return updateTicket(state, event.ticketId, (t) => ({
        ...t,
        status: 'waiting',
        queuedAt: event.queuedAt ?? t.queuedAt,
        targetPlaceId: null,
        finishedAt: null,
        calls: 0,
      }));
    case 'TicketTransferred': {
      // The ticket keeps its number and its place in time: the visitor has waited already.
      const next = updateTicket(state, event.ticketId, (t) => ({
        ...t,
        status: 'waiting',
        errandId: event.toErrandId,
        targetPlaceId: event.toPlaceId,
      }));
      return releasePlace(next, event.placeId);
    }
    case 'TicketUndone': {
      // Back to being served where it was finished, with its calls as they were.
      const next = updateTicket(state, event.ticketId, (t) => ({
        ...t,
        status: 'called',
        placeId: event.placeId,
        finishedAt: null,
      }));
      return updatePlace(next, event.placeId, (p) => ({ ...p, ticketId: event.ticketId }));
    }
    case 'TicketNotPrinted':
      return updateTicket(state, event.ticketId, (t) => ({ ...t, unprinted: event.trouble }));
    case 'TicketPrinted':
      return updateTicket(state, event.ticketId, ({ unprinted: _, ...t }) => t);
    case 'TicketExpired': {
      const ticket = state.tickets.get(event.ticketId);
      const next = updateTicket(state, event.ticketId, (t) => ({
        ...t,
        status: 'expired',
        finishedAt: event.at,
        ...(event.cause ? { endCause: event.cause } : {}),
      }));
      return ticket?.placeId && ticket.status === 'called' ? releasePlace(next, ticket.placeId) : next;
    }
    case 'PlaceConfigured':
      return updatePlace(state, event.placeId, (p) => ({ ...p, errandIds: [...event.errandIds] }));
    case 'PlacePaused': {
      const backAt = event.backAt === undefined ? event.at + DEFAULT_PAUSE_MINUTES * 60_000 : event.backAt;
      return updatePlace(state, event.placeId, (p) => ({ ...p, paused: true, backAt }));
    }
    case 'PlaceResumed':
      return updatePlace(state, event.placeId, (p) => ({ ...p, paused: false, backAt: null }));
    case 'PlaceStaffed':
      return updatePlace(state, event.placeId, (p) => ({ ...p, staffed: true }));
    case 'PlaceUnstaffed':
      // Nobody there: a pause ends with the sign-out (the place is simply closed now).
      return updatePlace(state, event.placeId, (p) => ({
        ...p,
        staffed: false,
        paused: false,
        backAt: null,
      }));
    case 'IssuingStopped':
      return state.stoppedErrands.includes(event.errandId)
        ? state
        : { ...state, stoppedErrands: [...state.stoppedErrands, event.errandId] };
    case 'IssuingResumed':
      return { ...state, stoppedErrands: state.stoppedErrands.filter((id) => id !== event.errandId) };
  }
}

/** Applies events in order. */
export const evolveAll = (state: OfficeState, events: readonly DomainEvent[]): OfficeState =>
  events.reduce(evolve, state);

function updateTicket(state: OfficeState, id: string, change: (t: Ticket) => Ticket): OfficeState {
  const ticket = state.tickets.get(id);
  if (!ticket) return state;
  return { ...state, tickets: withTicket(state.tickets, change(ticket)) };
}

function updatePlace(state: OfficeState, id: string, change: (p: PlaceState) => PlaceState): OfficeState {
  // A place missing from the state (added to the config later) starts empty rather than being dropped.
  const place = state.places[id] ?? emptyPlace(id);
  return { ...state, places: { ...state.places, [id]: change(place) } };
}

function releasePlace(state: OfficeState, placeId: string): OfficeState {
  return updatePlace(state, placeId, (p) => ({ ...p, ticketId: null }));
}
