import { peopleAhead } from '@aufruf/core';
import type { OfficeState } from '@aufruf/core';
import type { FollowView, PublicOffice } from '@aufruf/protocol';

/** One ticket as its follow page sees it; undefined when the ticket is no longer in today's queue. */
export function followView(
  state: OfficeState,
  office: PublicOffice,
  ticketId: string,
  now: number,
  returnWhenAhead: number,
): FollowView | undefined {
  const ticket = state.tickets[ticketId];
  if (!ticket) return undefined;
  const errand = office.errands.find((e) => e.id === ticket.errandId);
  const place = office.places.find((p) => p.id === ticket.placeId);
  const ahead = ticket.status === 'waiting' ? peopleAhead(state, ticket) : 0;
  return {
    officeName: office.name,
    ticket,
    errandName: errand?.name ?? { de: ticket.errandId },
    ahead,
    placeName: ticket.status === 'called' ? (place?.name ?? null) : null,
    returnNow: ticket.status === 'waiting' && ahead <= returnWhenAhead,
    serverTime: now,
  };
}
