import type { HubClient } from '@aufruf/client';
import type { KioskBridge } from '@aufruf/protocol/bridge';
import { ackSchema, printerStatusSchema, replySchemas } from '@aufruf/protocol';
import type { PrinterStatusInput } from '@aufruf/protocol';
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

  return {
    print: ({ job }) =>
      bridge.print(job).then(
        (raw: unknown) => {
          const reply = replySchemas['ticket:print'].safeParse(raw);
          return reply.success ? reply.data : notPrinted('the kiosk shell’s answer does not parse');
        },
        (error: unknown) => {
          console.warn('printing through the kiosk bridge failed', error);
          return notPrinted(error instanceof Error ? error.message : '');
        },
      ),
    getCondition: () => condition,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
