import type { HubClient } from '@aufruf/client';
import type { KioskBridge } from '@aufruf/protocol/bridge';
import { ackSchema, printerStatusSchema, replySchemas, ticketPrintJob } from '@aufruf/protocol';
import type { Ack, PrinterStatusInput, PrintReply, TicketPrint } from '@aufruf/protocol';
import type { KioskPrinter, PrinterCondition } from './kiosk-printer.ts';
import { notPrinted } from './kiosk-printer.ts';

// The shell is installed on the kiosk PC, the page comes from the hub: the two may be of different
// versions, so what the shell answers is parsed like anything else from outside the page.
const statusReplySchema = ackSchema(printerStatusSchema);

/**
 * The Electron kiosk's own printer, reached through the preload. Its status is also told to the hub,
 * so counters see "kein Papier" at once: on start, on every change, and again after every reconnect
 * (a report sent while offline is dropped, and a restarted hub has forgotten it).
 */
export function createBridgePrinter(bridge: KioskBridge, client: HubClient): KioskPrinter {
  let condition: PrinterCondition | null = null;
  const listeners = new Set<() => void>();

  const update = (status: PrinterStatusInput): void => {
    condition = { state: status.state, canPrint: status.canPrint };
    client.reportPrinter(condition);
    for (const listener of listeners) listener();
  };

  bridge.onPrinterStatus((raw: unknown) => {
    const status = printerStatusSchema.safeParse(raw);
    if (status.success) update(status.data);
  });
  bridge
    .printerStatus()
    .then((raw: unknown) => {
      const reply = statusReplySchema.safeParse(raw);
      // A change pushed meanwhile is newer than this answer.
      if (reply.success && reply.data.ok && condition === null) update(reply.data.value);
    })
    .catch((error: unknown) => console.warn('printer status not available', error));

  let online = false;
  client.subscribe(() => {
    const nowOnline = client.getView().status === 'online';
    if (nowOnline && !online && condition) client.reportPrinter(condition);
    online = nowOnline;
  });

  const printJob = (job: TicketPrint): Promise<Ack<PrintReply>> =>
    bridge.print(job).then(
      (raw: unknown) => {
        const reply = replySchemas['ticket:print'].safeParse(raw);
        return reply.success ? reply.data : notPrinted('the kiosk shell’s answer does not parse');
      },
      (error: unknown) => {
        console.warn('printing through the kiosk bridge failed', error);
        return notPrinted(error instanceof Error ? error.message : '');
      },
    );

  // Staff pressed "Neu drucken" for a ticket this kiosk could not print: the same layout, as of now.
  client.onPrintJob(async ({ draw, language }) => {
    const office = client.getView().office;
    if (!office) return notPrinted('the office is not known yet');
    return printJob(ticketPrintJob(draw, office, language));
  });

  return {
    print: async ({ reply: drawn, drawRequestId, job, language }) => {
      const reply = await printJob(job);
      if (!reply.ok || !reply.value.printed) {
        // The number exists, its paper does not: counters list it until a reprint comes out.
        const fault = reply.ok ? (reply.value.reason ?? 'error') : 'error';
        client
          .reportPrintFailure({ ticketId: drawn.ticket.id, drawRequestId, fault, language })
          .catch((error: unknown) =>
            console.warn('could not tell the hub about the unprinted ticket', error),
          );
      }
      return reply;
    },
    getCondition: () => condition,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
