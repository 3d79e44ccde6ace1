import { visitorStatus } from '@aufruf/core';
import type { Forecast, NearRule, OfficeState } from '@aufruf/core';
import type { FollowView, PublicOffice } from '@aufruf/protocol';

/** One ticket as its follow page sees it; undefined when the ticket is no longer in today's queue. */
export function followView(
  state: OfficeState,
  office: PublicOffice,
  ticketId: string,
  now: number,
  rule: NearRule,
  forecast: Forecast,
): FollowView | undefined {
  const stored = state.tickets.get(ticketId);
  if (!stored) return undefined;
  // Which kiosk failed to print is staff's business, not the phone's.
  const ticket = { ...stored };
  delete ticket.unprinted;
  const errand = office.errands.find((e) => e.id === ticket.errandId);
  const status = visitorStatus(forecast, ticket, rule);
  const waiting = status.phase === 'far' || status.phase === 'near' ? status : null;
  const place = status.phase === 'called' ? office.places.find((p) => p.id === status.placeId) : undefined;
  return {
    officeName: office.name,
    ticket,
    errandName: errand?.name ?? { de: ticket.errandId },
    ahead: waiting?.ahead ?? 0,
    placeName: status.phase === 'called' ? (place?.name ?? null) : null,
    returnNow: status.phase === 'near',
    estimate: waiting?.estimate ?? null,
    serverTime: now,
  };
}
