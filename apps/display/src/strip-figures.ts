import { formatTicketNumber } from '@aufruf/core';
import type { Forecast, OfficeState, Outlook, Ticket } from '@aufruf/core';

/** What the strip says of one errand: whose figures these are, and the figures themselves. */
export interface StripFigures {
  readonly errandId: string;
  /** The errand's newest waiting number ("A 2"), or null: then the figures are a new number's. */
  readonly number: string | null;
  readonly outlook: Outlook;
}

/**
 * Per errand, the figures of its newest waiting number – the visitor who just drew reads on the
 * screen what their ticket says – or, when nobody of that errand waits, of a number drawn now. Both
 * come from the one forecast the kiosk, the paper and the phone use.
 */
export function stripFigures(
  state: OfficeState,
  forecast: Forecast,
  errandIds: readonly string[],
): StripFigures[] {
  const newest = new Map<string, Ticket>();
  for (const ticket of [...state.tickets.values()]) {
    if (ticket.status !== 'waiting') continue;
    const known = newest.get(ticket.errandId);
    if (
      !known ||
      ticket.drawnAt > known.drawnAt ||
      (ticket.drawnAt === known.drawnAt && ticket.number > known.number)
    )
      newest.set(ticket.errandId, ticket);
  }
  return errandIds.map((errandId) => {
    const ticket = newest.get(errandId);
    const outlook = ticket ? forecast.waiting(ticket.id) : undefined;
    if (ticket && outlook) return { errandId, number: formatTicketNumber(ticket), outlook };
    return { errandId, number: null, outlook: forecast.newTicket[errandId] ?? { ahead: 0, estimate: null } };
  });
}
