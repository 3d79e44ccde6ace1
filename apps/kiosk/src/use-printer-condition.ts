import { useSyncExternalStore } from 'react';
import type { KioskPrinter, PrinterCondition } from './kiosk-printer.ts';

/** The kiosk printer's last known condition; re-renders when it changes. */
export function usePrinterCondition(printer: KioskPrinter): PrinterCondition | null {
  return useSyncExternalStore(printer.subscribe, printer.getCondition, printer.getCondition);
}
