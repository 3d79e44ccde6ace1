import type { PrinterReport, PrinterState } from '@aufruf/protocol';
import { useI18n } from './i18n-context.ts';
import type { MessageKey } from './i18n.ts';

// Every state has an entry (a new one does not compile until it is here); only those the clerk should
// act on have words, "ok" and "unknown" (a kiosk without its own printer) stay quiet.
export const PROBLEMS: Readonly<Record<PrinterState, MessageKey | null>> = {
  ok: null,
  unknown: null,
  'paper-near-end': 'printerPaperNearEnd',
  'paper-out': 'printerPaperOut',
  'cover-open': 'printerCoverOpen',
  offline: 'printerOffline',
  error: 'printerError',
};

/** Ticket printers that need attention (paper, cover, offline); nothing when all is well. */
export function PrinterStatus({ printers }: { printers: readonly PrinterReport[] }) {
  const { t } = useI18n();
  const problems = printers.flatMap((printer) => {
    const key = PROBLEMS[printer.state];
    return key
      ? [{ source: printer.source, text: t('printerProblem', { printer: printer.name, state: t(key) }) }]
      : [];
  });
  return (
    <span className="printer-status" role="status">
      {problems.map((problem) => (
        <span key={problem.source} className="printer-status__item">
          {problem.text}
        </span>
      ))}
    </span>
  );
}
