import { evolve, ticketIdOf } from '@aufruf/core';
import type { DomainEvent, OfficeState, PlaceState, Ticket } from '@aufruf/core';

/**
 * The state after the events and every row they changed, as Store.commit wants them.
 * Diffing the final state is not enough: a rollover expires yesterday's open tickets and then
 * DayStarted drops them from memory, but their rows must still be written as expired.
 */
export function changedRows(
  before: OfficeState,
  events: readonly DomainEvent[],
): { after: OfficeState; tickets: Ticket[]; places: PlaceState[] } {
  const tickets = new Map<string, Ticket>();
  const places = new Map<string, PlaceState>();
  let state = before;
  for (const event of events) {
    const next = evolve(state, event);
    // An event changes at most the ticket it names (Store.commit checks the same), so a draw costs
    // the same with a thousand tickets waiting as with none. evolve copies only what it changes:
    // an object that is not the old one is a changed row.
    const id = ticketIdOf(event);
    const ticket = id === null ? undefined : next.tickets.get(id);
    if (id !== null && ticket && state.tickets.get(id) !== ticket) tickets.set(id, ticket);
    // Places are few, and an expiry frees the place of a called ticket without naming it.
    for (const place of Object.values(next.places)) {
      if (state.places[place.id] !== place) places.set(place.id, place);
    }
    state = next;
  }
  return { after: state, tickets: [...tickets.values()], places: [...places.values()] };
}
