import type { HubClient } from '@aufruf/client';
import type { KioskPrinter, PrinterCondition } from './kiosk-printer.ts';
import { notPrinted } from './kiosk-printer.ts';

/** The source under which the hub reports its own printer (apps/hub: ticket-printing.ts). */
export const HUB_PRINTER_SOURCE = 'hub';

/**
 * A kiosk in a plain browser has no printer of its own: the hub prints the ticket, and the hub's
 * report of that printer (pushed to every kiosk with the other printers) is the kiosk's condition.
 */
export function createHubPrinter(client: HubClient): KioskPrinter {
  return {
    print: ({ reply, drawRequestId, language }) =>
      client.print({ ticketId: reply.ticket.id, drawRequestId, language }).catch(() => notPrinted('')),
    // The report object itself: unchanged between pushes, so React re-renders only on a real change.
    getCondition: (): PrinterCondition | null =>
      client.getView().printers.find((printer) => printer.source === HUB_PRINTER_SOURCE) ?? null,
    subscribe: client.subscribe,
  };
}
