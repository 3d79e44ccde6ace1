import { printerFault } from '@aufruf/protocol';
import type { Ack, PrinterFault, PrintReply, RefusalCode } from '@aufruf/protocol';
import type { KioskKey } from './i18n.ts';
import type { PrinterCondition } from './kiosk-printer.ts';

/** Why a ticket does not come out, in the words a visitor gets: the printer's fault, or no printer. */
export type PrintTrouble = PrinterFault | 'no-printer';

// "Papier fast leer" still prints: that is for staff, a visitor has nothing to do about it.

/** Whether a ticket drawn now would not come out, and why; null when it would (or nothing says not). */
export function printerTrouble(condition: PrinterCondition | null): PrintTrouble | null {
  return condition ? printerFault(condition) : null;
}

/** A refused print request, for every code (a new one does not compile until it is here). */
const REFUSED: Readonly<Record<RefusalCode, PrintTrouble | null>> = {
  'no-printer': 'no-printer',
  'print-window': null,
  'nothing-to-print': null,
  'unknown-ticket': null,
  unreachable: null,
  'invalid-reply': null,
  'invalid-payload': null,
  'unknown-event': null,
  forbidden: null,
  'rate-limited': null,
  internal: null,
  busy: null,
  'unknown-errand': null,
  'unknown-place': null,
  'place-busy': null,
  'place-idle': null,
  'place-paused': null,
  'queue-empty': null,
  'ticket-not-waiting': null,
  'invalid-transfer': null,
  'number-range-exhausted': null,
  'errand-inactive': null,
  'priority-not-offered': null,
  'office-closed': null,
  'issuing-stopped': null,
  'capacity-reached': null,
  'not-undoable': null,
  'not-cancellable': null,
  'not-reopenable': null,
  'recall-limit': null,
  'no-show-too-early': null,
  'wrong-place': null,
  'follow-unknown': null,
};

/** Why a print did not happen, from the printer's answer; null when nothing more specific is known. */
export function printFailure(reply: Ack<PrintReply>): PrintTrouble | null {
  if (!reply.ok) return REFUSED[reply.error.code];
  // The printer's own code first: its status may have been fine and the sending failed.
  return reply.value.reason ?? printerFault({ state: reply.value.state, canPrint: true });
}

/** The sentence that tells the visitor why. */
export const troubleText: Record<PrintTrouble, KioskKey> = {
  'paper-out': 'troublePaperOut',
  'cover-open': 'troubleCoverOpen',
  offline: 'troubleOffline',
  error: 'troubleError',
  'no-printer': 'troubleNoPrinter',
};
