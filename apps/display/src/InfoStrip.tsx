import type { Forecast, OfficeState } from '@aufruf/core';
import type { PrinterReport, PublicOffice } from '@aufruf/protocol';
import { ErrandBadge, OfficeClock, localized } from '@aufruf/ui';
import type { Language } from '@aufruf/ui';
import { aheadText, formatWait, officeTextDefaults } from '@aufruf/wording';
import type { Translate } from './i18n.ts';
import { stripFigures } from './strip-figures.ts';
import type { StripFigures } from './strip-figures.ts';

/** The bottom strip: who is ahead and how long it takes per errand, where we are, the time, where to wait. */
export function InfoStrip({
  office,
  state,
  now,
  forecast,
  printers,
  language,
  t,
}: {
  office: PublicOffice;
  state: OfficeState;
  now: number;
  forecast: Forecast | null;
  printers: readonly PrinterReport[];
  language: Language;
  t: Translate;
}) {
  const figures = forecast
    ? stripFigures(
        state,
        forecast,
        office.errands.map((e) => e.id),
      )
    : [];
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
              {figureText(figures[index], language, t)}
            </span>
          </li>
        ))}
      </ul>
      <div className="strip-info">
        <p className="strip-office">{office.name}</p>
        <p className="strip-advice" dir="auto">
          {office.texts.ticker
            ? localized(office.texts.ticker, language)
            : officeTextDefaults.ticker[language]}
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

/**
 * "Vor Ihnen: 4 (A 2)" and "ca. 5–15 Minuten": the errand's newest number and its figures, the same
 * as on that visitor's ticket and phone; "(neue Nummer)" when nobody of the errand waits.
 */
function figureText(figures: StripFigures | undefined, language: Language, t: Translate) {
  if (!figures) return null;
  const { number, outlook } = figures;
  return (
    <>
      <span className="strip-queue-ahead">
        <span className="strip-queue-count">{aheadText(outlook.ahead, language)}</span>{' '}
        <span className="strip-queue-whose" dir="auto">
          ({number ?? t('newNumber')})
        </span>
      </span>
      {outlook.estimate ? (
        <span className="strip-queue-wait">{formatWait(outlook.estimate, language)}</span>
      ) : null}
    </>
  );
}
