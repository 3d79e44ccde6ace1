import type { Ack } from './errors.ts';
import type { PrinterStatusInput, PrintReply } from './printer.ts';
import type { TicketPrint } from './ticket-print.ts';

/** IPC channels between a shell's preload and its main process. */
export const bridgeChannels = {
  print: 'kiosk:print',
  printerStatus: 'kiosk:printer-status',
  printerStatusChanged: 'kiosk:printer-status-changed',
  deviceToken: 'device:token',
} as const;

/**
 * What the Electron kiosk's preload offers the page, as `window.aufrufKiosk`: printing on the kiosk's
 * own printer and its status. The main process checks the sender and validates every payload.
 */
export interface KioskBridge {
  print(job: TicketPrint): Promise<Ack<PrintReply>>;
  printerStatus(): Promise<Ack<PrinterStatusInput>>;
  /** Calls back whenever the printer's status changes; returns a function that stops it. */
  onPrinterStatus(listener: (status: PrinterStatusInput) => void): () => void;
}

/** What every shell's preload offers as `window.aufrufDevice`: the token from the PC's shell config. */
export interface DeviceBridge {
  deviceToken(): Promise<string | null>;
}
