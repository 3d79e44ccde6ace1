import type { ReactNode } from 'react';
import type { Translate } from './i18n.ts';
import { troubleText } from './printer-trouble.ts';
import type { PrintStatus } from './use-draw.ts';

/**
 * Where the paper ticket is, in plain words. When it is not coming, why, and what to do instead:
 * the number and the QR code on screen are the fallback.
 */
export function PrintPanel({
  print,
  t,
  follow,
  preview,
}: {
  print: PrintStatus;
  t: Translate;
  /** The follow QR code, when the layout puts it here rather than under the number. */
  follow: ReactNode;
  preview: ReactNode;
}) {
  if (print.state === 'failed') {
    return (
      <section className="ticket-print is-failed">
        <div className="ticket-print-status" role="status">
          <p className="print-line is-failed">{t('printFailed')}</p>
          {print.reason ? <p className="print-reason">{t(troubleText[print.reason])}</p> : null}
          <p className="print-remember">{t('rememberOrPhoto')}</p>
          <p className="print-remember">{t('askCounter')}</p>
        </div>
        {follow}
      </section>
    );
  }
  return (
    <section className="ticket-print">
      <div className="ticket-print-status" role="status">
        <p className={`print-line is-${print.state}`}>
          {print.state === 'printing' ? t('printing') : t('takeTicket')}
        </p>
        <p className="print-remember">{t('rememberNumber')}</p>
      </div>
      {follow ? (
        <div className="ticket-print-codes">
          {follow}
          {preview}
        </div>
      ) : (
        preview
      )}
    </section>
  );
}
