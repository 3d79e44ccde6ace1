import type { Ack, DrawReply, PrinterState, PrintReply, TicketPrint } from '@aufruf/protocol';
import type { Language } from '@aufruf/ui';

/** A number this kiosk drew and its one print job (ticketPrintJob), as the screen shows it too. */
export interface DrawnTicket {
  readonly reply: DrawReply;
  /** The draw's request id: the hub prints from the reply it stored under it. */
  readonly drawRequestId: string;
  readonly job: TicketPrint;
  readonly language: Language;
}

/** A printer's condition as far as the kiosk cares: what it is doing and whether a ticket would come out. */
export interface PrinterCondition {
  readonly state: PrinterState;
  readonly canPrint: boolean;
}

/**
 * The printer a kiosk's tickets come out of: the kiosk's own (Electron, through the preload) or the
 * hub's (plain browser). Chosen once at start; the screens only see this.
 */
export interface KioskPrinter {
  /** Prints the ticket just drawn; resolves with the printer's answer and never rejects. */
  readonly print: (drawn: DrawnTicket) => Promise<Ack<PrintReply>>;
  /** The last known condition, null while nothing is known; the same object until it changes. */
  readonly getCondition: () => PrinterCondition | null;
  /** Calls back when the condition may have changed; returns a function that stops it. */
  readonly subscribe: (listener: () => void) => () => void;
}

/** The answer for a print that never reached a printer (a broken bridge, a lost connection). */
export const notPrinted = (message: string): Ack<PrintReply> => ({
  ok: false,
  error: { code: 'unreachable', message },
});
