import { fail, formatTicketNumber, ok } from '@aufruf/core';
import { drawReplySchema, ticketPrintJob, wireError } from '@aufruf/protocol';
import type { Ack, DrawReply, PrintReply, PrintRequest, PublicOffice } from '@aufruf/protocol';
import type { TicketPrinter } from '@aufruf/printer';
import type { Store } from '@aufruf/store';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { PrinterBoard } from './printer-board.ts';

/** A kiosk may have its ticket printed shortly after drawing it, not hours later or for strangers. */
export const PRINT_WINDOW_MS = 10 * 60 * 1000;
const REMEMBERED_REQUESTS = 500;

export interface PrintingDeps {
  readonly printer: TicketPrinter | undefined;
  readonly store: Store;
  readonly office: () => PublicOffice;
  readonly board: PrinterBoard;
  readonly now: () => number;
  readonly logger: Logger;
}

const storedDraw = z.object({ ok: z.literal(true), value: drawReplySchema });

/** The reply the hub stored for a draw, if that draw drew this ticket. */
function drawOf(store: Store, request: PrintRequest): DrawReply | undefined {
  const parsed = storedDraw.safeParse(store.findReply(request.drawRequestId));
  return parsed.success && parsed.data.value.ticket.id === request.ticketId ? parsed.data.value : undefined;
}

/**
 * Printing on the hub's own printer, for kiosks running in a plain browser. The number is stored
 * before anything is printed; a failed print only changes what the kiosk tells the visitor.
 */
export function createTicketPrinting(
  deps: PrintingDeps,
): (request: PrintRequest) => Promise<Ack<PrintReply>> {
  // A retried print request (lost acknowledgement) must not print a second ticket.
  const answered = new Map<string, Promise<Ack<PrintReply>>>();

  const printOnce = async (request: PrintRequest): Promise<Ack<PrintReply>> => {
    const { printer } = deps;
    if (!printer) return fail(wireError('no-printer', 'This hub has no printer.'));
    // Printed from the draw's own reply: the paper says what the kiosk's screen said.
    const draw = drawOf(deps.store, request);
    if (!draw) return fail(wireError('unknown-ticket', 'No draw of this ticket under that request id.'));
    const { ticket } = draw;
    if (deps.now() - ticket.drawnAt > PRINT_WINDOW_MS) {
      return fail(wireError('print-window', 'This number was drawn too long ago to print.'));
    }
    const job = ticketPrintJob(draw, deps.office(), request.language);
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

  return (request) => {
    const known = answered.get(request.requestId);
    if (known) return known;
    const reply = printOnce(request);
    answered.set(request.requestId, reply);
    if (answered.size > REMEMBERED_REQUESTS) {
      const oldest = answered.keys().next().value;
      if (oldest !== undefined) answered.delete(oldest);
    }
    return reply;
  };
}
