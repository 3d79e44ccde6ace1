import { fail, formatTicketNumber, ok, peopleAhead } from '@aufruf/core';
import type { OfficeState, WaitEstimate } from '@aufruf/core';
import { followUrl, ticketTexts, wireError } from '@aufruf/protocol';
import type { Ack, PrintReply, PrintRequest, PublicOffice } from '@aufruf/protocol';
import type { TicketPrint, TicketPrinter } from '@aufruf/printer';
import type { Store } from '@aufruf/store';
import type { Logger } from 'pino';
import type { PrinterBoard } from './printer-board.ts';

/** A kiosk may have its ticket printed shortly after drawing it, not hours later or for strangers. */
export const PRINT_WINDOW_MS = 10 * 60 * 1000;
const REMEMBERED_REQUESTS = 500;

export interface PrintingDeps {
  readonly printer: TicketPrinter | undefined;
  readonly store: Store;
  readonly state: () => OfficeState;
  readonly office: () => PublicOffice;
  readonly estimateOf: (ticketId: string) => WaitEstimate | null;
  readonly board: PrinterBoard;
  readonly now: () => number;
  readonly logger: Logger;
}

/** The print job of a ticket: what the paper shows, including the QR code's follow address. */
export function ticketPrint(
  state: OfficeState,
  office: PublicOffice,
  ticketId: string,
  token: string,
  estimate: WaitEstimate | null,
  language: PrintRequest['language'] = 'de',
): TicketPrint {
  const ticket = state.tickets[ticketId];
  if (!ticket) throw new Error(`no ticket ${ticketId}`);
  return {
    officeName: office.name,
    number: { letter: ticket.letter, number: ticket.number },
    ...ticketTexts(office, ticket.errandId, language),
    drawnAt: ticket.drawnAt,
    timeZone: office.timeZone,
    ahead: peopleAhead(state, ticket, office.rules),
    estimate: estimate && { minMinutes: estimate.minMinutes, maxMinutes: estimate.maxMinutes },
    followUrl: followUrl(office, token),
  };
}

/**
 * Printing on the hub's own printer, for kiosks running in a plain browser. The number is stored
 * before anything is printed; a failed print only changes what the kiosk tells the visitor.
 */
export function createTicketPrinting(
  deps: PrintingDeps,
): (ticketId: string, requestId: string, language?: PrintRequest['language']) => Promise<Ack<PrintReply>> {
  // A retried print request (lost acknowledgement) must not print a second ticket.
  const answered = new Map<string, Promise<Ack<PrintReply>>>();

  const printOnce = async (
    ticketId: string,
    language: PrintRequest['language'],
  ): Promise<Ack<PrintReply>> => {
    const { printer } = deps;
    if (!printer) return fail(wireError('no-printer', 'An diesem Server ist kein Drucker eingerichtet.'));
    const state = deps.state();
    const ticket = state.tickets[ticketId];
    const token = deps.store.findTokenOfTicket(ticketId);
    if (!ticket || token === undefined)
      return fail(wireError('unknown-ticket', 'Diese Nummer gibt es heute nicht.'));
    if (deps.now() - ticket.drawnAt > PRINT_WINDOW_MS) {
      return fail(wireError('print-window', 'Diese Nummer wurde vor zu langer Zeit gezogen.'));
    }
    const job = ticketPrint(state, deps.office(), ticketId, token, deps.estimateOf(ticketId), language);
    const outcome = await printer.print(job);
    deps.board.report('hub', 'Drucker am Server', outcome.status, deps.now());
    if (!outcome.ok) {
      deps.logger.warn(
        { ticket: formatTicketNumber(ticket, { separator: ' ' }), reason: outcome.reason },
        'not printed',
      );
    }
    return ok({
      printed: outcome.ok,
      state: outcome.status.state,
      reason: outcome.ok ? null : outcome.reason,
    });
  };

  return (ticketId, requestId, language) => {
    const known = answered.get(requestId);
    if (known) return known;
    const reply = printOnce(ticketId, language);
    answered.set(requestId, reply);
    if (answered.size > REMEMBERED_REQUESTS) {
      const oldest = answered.keys().next().value;
      if (oldest !== undefined) answered.delete(oldest);
    }
    return reply;
  };
}
