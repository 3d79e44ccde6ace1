import type { PrinterReport, PrinterState } from '@aufruf/protocol';
import { formatClock } from '@aufruf/ui';
import { useI18n } from '../i18n-context.ts';
import type { MessageKey } from '../i18n.ts';

const STATES: Record<PrinterState, MessageKey> = {
  ok: 'printerOk',
  'paper-near-end': 'printerPaperNearEnd',
  'paper-out': 'printerPaperOut',
  'cover-open': 'printerCoverOpen',
  offline: 'printerOffline',
  error: 'printerError',
  unknown: 'printerUnknown',
};

const trouble = (state: PrinterState): boolean => state !== 'ok' && state !== 'unknown';

/** Every ticket printer the hub knows of, with what to do when one needs a hand. */
export function PrinterList({
  printers,
  timeZone,
}: {
  printers: readonly PrinterReport[];
  timeZone: string;
}) {
  const { t, language } = useI18n();
  return (
    <section className="card" aria-labelledby="live-printers">
      <h2 id="live-printers" className="card__title">
        {t('printersTitle')}
      </h2>
      {printers.length === 0 ? (
        <p className="muted">{t('noPrinters')}</p>
      ) : (
        <ul className="printers" aria-live="polite">
          {printers.map((printer) => (
            <li
              key={printer.source}
              className={`printers__item${trouble(printer.state) ? ' printers__item--trouble' : ''}`}
            >
              <span className="printers__name">{printer.name}</span>
              <span className="printers__state">{t(STATES[printer.state])}</span>
              <span className="printers__since">
                {t('printerSince', { time: formatClock(printer.at, timeZone, language) })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
