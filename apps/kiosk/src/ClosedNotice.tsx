import type { IssuingNow } from '@aufruf/core';
import type { Translate } from './i18n.ts';

/**
 * Outside the hours numbers are handed out: today's hours instead of the tiles, calm rather than a
 * warning (nothing is broken), and announced when it changes while someone stands there.
 */
export function ClosedNotice({
  issuing,
  stoppedToday,
  reopens,
  t,
}: {
  issuing: IssuingNow;
  /** Within the hours, but the office stopped handing out numbers for today (or closed the day). */
  stoppedToday: boolean;
  /** "Nummern wieder morgen ab 08:00 Uhr". */
  reopens: string | null;
  t: Translate;
}) {
  return (
    <div className="closed-notice" role="status">
      <p className="closed-hours">
        {stoppedToday
          ? t('closedStoppedToday')
          : issuing.today
            ? t('closedToday', { from: issuing.today.from, until: issuing.today.until })
            : issuing.exception
              ? t('closedHoliday', { name: issuing.exception })
              : t('closedNotToday')}
      </p>
      {reopens ? <p className="closed-next">{reopens}</p> : null}
    </div>
  );
}
