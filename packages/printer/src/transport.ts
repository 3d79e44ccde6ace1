import type { PrinterStatus } from './status.ts';

/** One way to reach a printer; every transport opens, writes and closes on its own. */
export interface PrinterTransport {
  /** 'usb', 'tcp://host:port' or 'preview', for logs and the counter's status line. */
  readonly name: string;
  /** Delivers the bytes; rejects with a clear Error on failure or timeout. */
  send(bytes: Uint8Array): Promise<void>;
  /** Asks the printer how it is; never rejects (no answer means 'offline'). */
  queryStatus(): Promise<PrinterStatus>;
}
