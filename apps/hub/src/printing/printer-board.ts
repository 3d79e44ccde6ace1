import type { PrinterReport, PrinterStatusInput } from '@aufruf/protocol';

/** Every printer's last known status, so staff see trouble at once and a new client sees it too. */
export interface PrinterBoard {
  report(source: string, name: string, status: PrinterStatusInput, at: number): void;
  remove(source: string): void;
  /** Its device went offline: nobody knows what the printer does now. */
  unknown(source: string, at: number): void;
  list(): PrinterReport[];
}

/** `onChange` runs only when a printer's state really changed, not on every periodic report. */
export function createPrinterBoard(onChange: (reports: PrinterReport[]) => void): PrinterBoard {
  const reports = new Map<string, PrinterReport>();
  const list = (): PrinterReport[] =>
    [...reports.values()].sort((a, b) => a.name.localeCompare(b.name, 'de'));
  return {
    report(source, name, status, at) {
      const previous = reports.get(source);
      reports.set(source, { source, name, state: status.state, canPrint: status.canPrint, at });
      if (
        previous?.state !== status.state ||
        previous.canPrint !== status.canPrint ||
        previous.name !== name
      ) {
        onChange(list());
      }
    },
    remove(source) {
      if (reports.delete(source)) onChange(list());
    },
    unknown(source, at) {
      const previous = reports.get(source);
      if (!previous || previous.state === 'unknown') return;
      reports.set(source, { ...previous, state: 'unknown', canPrint: false, at });
      onChange(list());
    },
    list,
  };
}
