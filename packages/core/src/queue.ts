import type { OfficeState, PlaceState, Ticket } from './model.ts';

/**
 * Calling order: queued earlier first. Two kiosks can draw in the same millisecond, so ties fall back
 * to the running number and finally the id: every screen and the hub must agree on one order.
 */
export const byQueueOrder = (a: Ticket, b: Ticket): number =>
  a.queuedAt - b.queuedAt ||
  a.drawnAt - b.drawnAt ||
  a.number - b.number ||
  (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Waiting tickets in the order they will be called, oldest first. */
export function waitingTickets(state: OfficeState): Ticket[] {
  return Object.values(state.tickets)
    .filter((t) => t.status === 'waiting')
    .sort(byQueueOrder);
}

/** Whether a place may call this waiting ticket in turn. */
export function servesTicket(place: PlaceState, ticket: Ticket): boolean {
  if (ticket.targetPlaceId !== null) return ticket.targetPlaceId === place.id;
  return place.errandIds.includes(ticket.errandId);
}

/** The ticket "Nächste Nummer" calls at this place: the oldest waiting one among the errands it serves. */
export function nextTicketFor(state: OfficeState, place: PlaceState): Ticket | undefined {
  return waitingTickets(state).find((t) => servesTicket(place, t));
}

/** How many people will be called before this ticket in its errand's queue. */
export function peopleAhead(state: OfficeState, ticket: Ticket): number {
  return waitingTickets(state).filter(
    (t) => t.id !== ticket.id && t.errandId === ticket.errandId && byQueueOrder(t, ticket) < 0,
  ).length;
}

export interface ErrandQueue {
  readonly errandId: string;
  readonly waiting: number;
  /** When the longest-waiting ticket of this errand was queued, or null when nobody waits. */
  readonly oldestQueuedAt: number | null;
}

/** Count and oldest waiting time per errand, in the order of the given errand ids. */
export function errandQueues(state: OfficeState, errandIds: readonly string[]): ErrandQueue[] {
  const waiting = waitingTickets(state);
  return errandIds.map((errandId) => {
    const mine = waiting.filter((t) => t.errandId === errandId);
    return { errandId, waiting: mine.length, oldestQueuedAt: mine[0]?.queuedAt ?? null };
  });
}

export interface CallView {
  readonly ticket: Ticket;
  readonly placeId: string;
  readonly at: number;
  readonly recall: boolean;
}

/** The latest calls for a display, newest first, one row per ticket (a recall moves it to the top). */
export function recentCalls(state: OfficeState, limit: number): CallView[] {
  const seen = new Set<string>();
  const rows: CallView[] = [];
  for (let i = state.calls.length - 1; i >= 0 && rows.length < limit; i--) {
    const call = state.calls[i];
    if (!call || seen.has(call.ticketId)) continue;
    seen.add(call.ticketId);
    const ticket = state.tickets[call.ticketId];
    if (ticket) rows.push({ ticket, placeId: call.placeId, at: call.at, recall: call.recall });
  }
  return rows;
}
