import { printerFault } from '@aufruf/protocol';
import type { PrinterFault } from '@aufruf/protocol';
import type { PrinterTransport } from './transport.ts';
import type { PrinterStatus } from './status.ts';
import { offlineStatus } from './status.ts';
import { ticketBytes } from './layout.ts';
import type { TicketPrint } from './layout.ts';

export type PrintOutcome =
  | { readonly ok: true; readonly status: PrinterStatus }
  | {
      readonly ok: false;
      readonly status: PrinterStatus;
      /** Why not, as a code: the kiosk and the counters word it in their reader's language. */
      readonly reason: PrinterFault;
      /** What went wrong, for the log. */
      readonly error?: string;
    };

export interface TicketPrinter {
  readonly transport: PrinterTransport;
  /** Checks the status, then prints; rejects only for a ticket that cannot be laid out. */
  print(ticket: TicketPrint): Promise<PrintOutcome>;
  /** Polls the status every intervalMs (first poll at once); returns a function that stops it. */
  watchStatus(intervalMs: number, onStatus: (status: PrinterStatus) => void): () => void;
}

/** A status that refuses printing always names a fault; "error" when it does not say which. */
const faultOf = (status: PrinterStatus): PrinterFault => printerFault(status) ?? 'error';

const report = (onStatus: ((status: PrinterStatus) => void) | undefined, status: PrinterStatus): void => {
  try {
    onStatus?.(status);
  } catch (error) {
    // A broken listener must not stop printing or polling.
    console.error('printer status listener failed', error);
  }
};

/** Prints tickets on a transport, refusing early when the printer says it cannot. */
export function createTicketPrinter(
  transport: PrinterTransport,
  options: { readonly onStatus?: (status: PrinterStatus) => void } = {},
): TicketPrinter {
  // One printer conversation at a time: a 9100 port takes one connection, and a status poll in
  // the middle of a ticket would only compete with it.
  let queue: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(work: () => Promise<T>): Promise<T> => {
    const result = queue.then(work, work);
    queue = result.catch(() => undefined);
    return result;
  };

  const readStatus = async (): Promise<PrinterStatus> => {
    const status = await transport.queryStatus().catch((error: unknown) => offlineStatus(String(error)));
    report(options.onStatus, status);
    return status;
  };

  return {
    transport,

    print: (ticket) =>
      exclusive(async (): Promise<PrintOutcome> => {
        const bytes = ticketBytes(ticket);
        const status = await readStatus();
        if (!status.canPrint) return { ok: false, status, reason: faultOf(status) };
        try {
          await transport.send(bytes);
          return { ok: true, status };
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          return { ok: false, status, reason: 'offline', error: message };
        }
      }),

    watchStatus(intervalMs, onStatus) {
      let timer: NodeJS.Timeout | undefined;
      let stopped = false;
      // The next poll is scheduled only after the previous one finished, so polls never overlap.
      const poll = async (): Promise<void> => {
        const status = await exclusive(readStatus);
        if (stopped) return;
        report(onStatus, status);
        timer = setTimeout(() => void poll(), intervalMs);
        timer.unref();
      };
      void poll();
      return () => {
        stopped = true;
        clearTimeout(timer);
      };
    },
  };
}
