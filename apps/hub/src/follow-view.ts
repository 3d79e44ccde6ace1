import { peopleAhead } from '@aufruf/core';
import type { OfficeState, WaitEstimates } from '@aufruf/core';
import type { FollowView, PublicOffice } from '@aufruf/protocol';

/** One ticket as its follow page sees it; undefined when the ticket is no longer in today's queue. */
export function followView(
  state: OfficeState,
  office: PublicOffice,
  ticketId: string,
  now: number,
  rule: { readonly returnWhenAhead: number; readonly returnWhenMinutes: number },
  estimates: WaitEstimates,
): FollowView | undefined {
  const ticket = state.tickets[ticketId];
  if (!ticket) return undefined;
  const errand = office.errands.find((e) => e.id === ticket.errandId);
  const place = office.places.find((p) => p.id === ticket.placeId);
  const ahead = ticket.status === 'waiting' ? peopleAhead(state, ticket, office.rules) : 0;
  const estimate = ticket.status === 'waiting' ? (estimates.waiting[ticket.id] ?? null) : null;
  return {
    officeName: office.name,
    ticket,
    errandName: errand?.name ?? { de: ticket.errandId },
    ahead,
    placeName: ticket.status === 'called' ? (place?.name ?? null) : null,
    returnNow:
      ticket.status === 'waiting' &&
      (ahead <= rule.returnWhenAhead ||
        (estimate !== null && estimate.expectedMinutes <= rule.returnWhenMinutes)),
    estimate,
    serverTime: now,
  };
}
