import type { HubClient } from '@aufruf/client';
import type { KioskBridge } from '@aufruf/protocol/bridge';
import type { PrinterStatusInput } from '@aufruf/protocol';
import type { KioskPrinter, PrinterCondition } from './kiosk-printer.ts';
import { notPrinted } from './kiosk-printer.ts';

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

  bridge.onPrinterStatus(update);
  bridge
    .printerStatus()
    .then((reply) => {
      // A change pushed meanwhile is newer than this answer.
      if (reply.ok && condition === null) update(reply.value);
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
      bridge.print(job).catch((error: unknown) => {
        console.warn('printing through the kiosk bridge failed', error);
        return notPrinted(error instanceof Error ? error.message : '');
      }),
    getCondition: () => condition,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
