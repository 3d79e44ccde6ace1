import type { IssuingNow } from '@aufruf/core';
import type { Translate } from './i18n.ts';

/** Outside the hours numbers are handed out: a calm notice with today's hours instead of the tiles. */
export function ClosedNotice({ issuing, t }: { issuing: IssuingNow; t: Translate }) {
  return (
    <div className="kiosk-notice closed-notice" role="status">
      <p className="kiosk-notice-title">{t('closedTitle')}</p>
      <p>
        {issuing.today
          ? t('closedToday', { from: issuing.today.from, until: issuing.today.until })
          : t('closedNotToday')}
      </p>
    </div>
  );
}
