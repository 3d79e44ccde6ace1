import type { OfficeState, WaitEstimate } from '@aufruf/core';
import { errandQueues } from '@aufruf/core';
import type { PrinterReport, PublicOffice } from '@aufruf/protocol';
import { ErrandBadge, OfficeClock, formatWait, localized } from '@aufruf/ui';
import type { Language } from '@aufruf/ui';
import type { Translate } from './i18n.ts';

/** The bottom strip: how many wait for each errand, where we are, what time it is, and where to wait. */
export function InfoStrip({
  office,
  state,
  now,
  estimates,
  printers,
  language,
  t,
}: {
  office: PublicOffice;
  state: OfficeState;
  now: number;
  /** Expected wait of a ticket drawn now, per errand id. */
  estimates: Readonly<Record<string, WaitEstimate | null>>;
  printers: readonly PrinterReport[];
  language: Language;
  t: Translate;
}) {
  const queues = errandQueues(
    state,
    office.errands.map((e) => e.id),
  );
  // For the staff walking by, not the visitors: only printers that cannot print (paper out, cover open…).
  const troubled = printers.filter((p) => !p.canPrint);
  return (
    <footer className="strip">
      <ul
        className="strip-queues"
        aria-label={t('waiting')}
        style={{ ['--errands' as string]: office.errands.length }}
      >
        {office.errands.map((errand, index) => (
          <li key={errand.id} className="strip-queue">
            <ErrandBadge letter={errand.letter} index={index} colour={errand.colour} />
            <span className="strip-queue-text">
              <span className="strip-queue-name">{localized(errand.name, language)}</span>
              {waitText(estimates[errand.id], queues[index]?.waiting ?? 0, language)}
            </span>
            <span className="strip-queue-count">{queues[index]?.waiting ?? 0}</span>
          </li>
        ))}
      </ul>
      <div className="strip-info">
        <p className="strip-office">{office.name}</p>
        <p className="strip-advice" dir="auto">
          {office.texts.ticker ? localized(office.texts.ticker, language) : t('advice')}
        </p>
        {troubled.length > 0 ? (
          <p className="strip-staff" role="status">
            {t('staffPrinter', { printers: troubled.map((p) => p.name).join(', ') })}
          </p>
        ) : null}
        <OfficeClock className="strip-clock" now={now} timeZone={office.timeZone} language={language} />
      </div>
    </footer>
  );
}

/** "ca. 20–30 Min." under the count, once people wait: an empty queue needs no estimate. */
function waitText(estimate: WaitEstimate | null | undefined, waiting: number, language: Language) {
  if (!estimate || waiting === 0) return null;
  return <span className="strip-queue-wait">{formatWait(estimate, language)}</span>;
}
