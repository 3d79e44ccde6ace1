import type { Ack, PrinterState, PrintReply } from '@aufruf/protocol';
import type { KioskKey } from './i18n.ts';
import type { PrinterCondition } from './kiosk-printer.ts';

/** Why a ticket does not come out, in the words a visitor gets. */
export type PrintTrouble = 'paper-out' | 'cover-open' | 'offline' | 'error' | 'no-printer';

// "Papier fast leer" still prints: that is for staff, a visitor has nothing to do about it.
const VISITOR_TROUBLE: Partial<Record<PrinterState, PrintTrouble>> = {
  'paper-out': 'paper-out',
  'cover-open': 'cover-open',
  offline: 'offline',
  error: 'error',
};

/** The printer's own German reasons (packages/printer: ticket-printer.ts), for a failure after a good status. */
const REASONS: ReadonlyMap<string, PrintTrouble> = new Map([
  ['Kein Papier', 'paper-out'],
  ['Deckel offen', 'cover-open'],
  ['Drucker nicht erreichbar', 'offline'],
  ['Druckerfehler', 'error'],
]);

/** Whether a ticket drawn now would not come out, and why; null when it would (or nothing says not). */
export function printerTrouble(condition: PrinterCondition | null): PrintTrouble | null {
  if (!condition) return null;
  return VISITOR_TROUBLE[condition.state] ?? (condition.canPrint ? null : 'error');
}

/** Why a print did not happen, from the printer's answer; null when nothing more specific is known. */
export function printFailure(reply: Ack<PrintReply>): PrintTrouble | null {
  if (!reply.ok) return reply.error.code === 'no-printer' ? 'no-printer' : null;
  const byReason = reply.value.reason === null ? undefined : REASONS.get(reply.value.reason);
  return byReason ?? VISITOR_TROUBLE[reply.value.state] ?? null;
}

/** The sentence that tells the visitor why. */
export const troubleText: Record<PrintTrouble, KioskKey> = {
  'paper-out': 'troublePaperOut',
  'cover-open': 'troubleCoverOpen',
  offline: 'troubleOffline',
  error: 'troubleError',
  'no-printer': 'troubleNoPrinter',
};
