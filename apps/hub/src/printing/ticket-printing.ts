import { fail, formatTicketNumber, isOpen, ok } from '@aufruf/core';
import type { OfficeState, PrintFault, PrintTrouble } from '@aufruf/core';
import { drawReplySchema, ticketLanguageSchema, ticketPrintJob, wireError } from '@aufruf/protocol';
import type {
  Ack,
  DrawReply,
  PrintFailedRequest,
  PrintJobRequest,
  PrintReply,
  PrintRequest,
  PublicOffice,
  TicketLanguage,
} from '@aufruf/protocol';
import type { TicketPrinter } from '@aufruf/printer';
import type { Store } from '@aufruf/store';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { PrinterBoard } from './printer-board.ts';

/** A kiosk may have its ticket printed shortly after drawing it, not hours later or for strangers. */
export const PRINT_WINDOW_MS = 10 * 60 * 1000;
const REMEMBERED_REQUESTS = 500;

/** The source under which the hub's own printer is reported and its failed tickets are kept. */
export const HUB_PRINTER = { source: 'hub', name: 'Drucker am Server' } as const;

export interface PrintingDeps {
  readonly printer: TicketPrinter | undefined;
  readonly store: Store;
  readonly office: () => PublicOffice;
  readonly state: () => OfficeState;
  /** A ticket as a draw reply of now (who is ahead, the wait), for printing it again. */
  readonly reprintDraw: (ticketId: string) => DrawReply | undefined;
  /** Records that a ticket's paper is owed (trouble) or came out after all (null). */
  readonly recordPrint: (ticketId: string, trouble: PrintTrouble | null) => Promise<Ack<unknown>>;
  /** Sends a print job to the kiosk(s) of a source and returns the first answer. */
  readonly printOnKiosk: (source: string, job: PrintJobRequest) => Promise<Ack<PrintReply>>;
  readonly board: PrinterBoard;
  readonly now: () => number;
  readonly logger: Logger;
}

export interface TicketPrinting {
  /** A browser kiosk's draw, printed on the hub's printer. */
  readonly print: (request: PrintRequest) => Promise<Ack<PrintReply>>;
  /** An Electron kiosk's own printer failed; `source` is where a reprint must go. */
  readonly failed: (request: PrintFailedRequest, source: string) => Promise<Ack<null>>;
  /** "Neu drucken": the owed ticket, printed where it was meant to come out. */
  readonly reprint: (ticketId: string) => Promise<Ack<PrintReply>>;
}

const storedDraw = z.object({ ok: z.literal(true), value: drawReplySchema });

/** The reply the hub stored for a draw, if that draw drew this ticket. */
function drawOf(store: Store, ticketId: string, drawRequestId: string): DrawReply | undefined {
  const parsed = storedDraw.safeParse(store.findReply(drawRequestId));
  return parsed.success && parsed.data.value.ticket.id === ticketId ? parsed.data.value : undefined;
}

const languageOf = (trouble: PrintTrouble): TicketLanguage | undefined => {
  const parsed = ticketLanguageSchema.safeParse(trouble.language);
  return parsed.success ? parsed.data : undefined;
};

/**
 * Printing tickets, and keeping track of the ones that did not come out. The number is stored before
 * anything is printed; a failed print is recorded on the ticket, so counters and the admin page list
 * it ("A 014 nicht gedruckt: kein Papier") until a reprint comes out or the ticket ends.
 */
export function createTicketPrinting(deps: PrintingDeps): TicketPrinting {
  // A retried print request (lost acknowledgement) must not print a second ticket.
  const answered = new Map<string, Promise<Ack<PrintReply>>>();
  // One reprint per ticket at a time: a double click must not print it twice.
  const reprinting = new Map<string, Promise<Ack<PrintReply>>>();

  const owe = async (ticketId: string, fault: PrintFault, source: string, language?: string) => {
    const trouble: PrintTrouble = { fault, source, ...(language ? { language } : {}) };
    const recorded = await deps.recordPrint(ticketId, trouble);
    if (!recorded.ok) deps.logger.warn({ ticketId, code: recorded.error.code }, 'not-printed not recorded');
  };

  /** Prints on the hub's own printer; a failure is recorded on the ticket. */
  const printOnHub = async (
    draw: DrawReply,
    language: TicketLanguage | undefined,
  ): Promise<Ack<PrintReply>> => {
    const { printer } = deps;
    if (!printer) return fail(wireError('no-printer', 'This hub has no printer.'));
    const outcome = await printer.print(ticketPrintJob(draw, deps.office(), language));
    deps.board.report(HUB_PRINTER.source, HUB_PRINTER.name, outcome.status, deps.now());
    if (!outcome.ok) {
      deps.logger.warn(
        { ticket: formatTicketNumber(draw.ticket, { separator: ' ' }), reason: outcome.reason },
        'not printed',
      );
      await owe(draw.ticket.id, outcome.reason, HUB_PRINTER.source, language);
    }
    return ok({
      printed: outcome.ok,
      state: outcome.status.state,
      reason: outcome.ok ? null : outcome.reason,
    });
  };

  const printOnce = (request: PrintRequest): Promise<Ack<PrintReply>> => {
    // Printed from the draw's own reply: the paper says what the kiosk's screen said.
    const draw = drawOf(deps.store, request.ticketId, request.drawRequestId);
    if (!draw) {
      return Promise.resolve(
        fail(wireError('unknown-ticket', 'No draw of this ticket under that request id.')),
      );
    }
    if (deps.now() - draw.ticket.drawnAt > PRINT_WINDOW_MS) {
      return Promise.resolve(fail(wireError('print-window', 'This number was drawn too long ago to print.')));
    }
    return printOnHub(draw, request.language);
  };

  const reprintOnce = async (ticketId: string): Promise<Ack<PrintReply>> => {
    const ticket = deps.state().tickets.get(ticketId);
    if (!ticket) return fail(wireError('unknown-ticket', 'No ticket of today has this id.'));
    const trouble = ticket.unprinted;
    if (!trouble || !isOpen(ticket)) {
      return fail(wireError('nothing-to-print', 'This ticket owes no paper: it came out, or it has ended.'));
    }
    const draw = deps.reprintDraw(ticketId);
    if (!draw) return fail(wireError('unknown-ticket', 'This ticket has no follow token to print.'));
    const language = languageOf(trouble);
    const reply =
      trouble.source === HUB_PRINTER.source
        ? await printOnHub(draw, language)
        : await deps.printOnKiosk(trouble.source, { draw, ...(language ? { language } : {}) });
    if (!reply.ok) return reply;
    if (reply.value.printed) await deps.recordPrint(ticketId, null);
    else if (trouble.source !== HUB_PRINTER.source) {
      await owe(ticketId, reply.value.reason ?? 'error', trouble.source, trouble.language);
    }
    return reply;
  };

  return {
    print: (request) => {
      const known = answered.get(request.requestId);
      if (known) return known;
      const reply = printOnce(request);
      answered.set(request.requestId, reply);
      if (answered.size > REMEMBERED_REQUESTS) {
        const oldest = answered.keys().next().value;
        if (oldest !== undefined) answered.delete(oldest);
      }
      return reply;
    },

    failed: async (request, source) => {
      if (!drawOf(deps.store, request.ticketId, request.drawRequestId)) {
        return fail(wireError('unknown-ticket', 'No draw of this ticket under that request id.'));
      }
      await owe(request.ticketId, request.fault, source, request.language);
      return ok(null);
    },

    reprint: (ticketId) => {
      const running = reprinting.get(ticketId);
      if (running) return running;
      const reply = reprintOnce(ticketId).finally(() => reprinting.delete(ticketId));
      reprinting.set(ticketId, reply);
      return reply;
    },
  };
}
