import type { CallView } from '@aufruf/core';
import { formatTicketNumber } from '@aufruf/core';
import { charsStyle } from '@aufruf/ui';
import type { Translate } from './i18n.ts';

/** The newest call, as large as the screen allows; it pulses when it arrives and after every recall. */
export function CurrentCall({
  call,
  placeName,
  t,
}: {
  call: CallView | undefined;
  placeName: (placeId: string) => string;
  t: Translate;
}) {
  if (!call) {
    return (
      <section className="current" aria-label={t('currentCall')} aria-live="polite">
        <div className="current-empty">
          <p className="current-welcome">{t('welcome')}</p>
          <p className="current-welcome-text">{t('welcomeText')}</p>
          <p className="current-welcome-hint">{t('welcomeHint')}</p>
        </div>
      </section>
    );
  }
  const number = formatTicketNumber(call.ticket);
  const place = placeName(call.placeId);
  return (
    <section className="current" aria-label={t('currentCall')} aria-live="polite">
      {/* Keyed on the call, so a new call and a recall both restart the highlight. */}
      <div key={`${call.ticket.id}@${call.at}`} className="current-call">
        <p className="current-label">{call.recall ? t('recall') : t('currentCall')}</p>
        <p className="current-number" style={charsStyle(number, 4)}>
          {number}
        </p>
        <p className="current-place" style={charsStyle(`→ ${place}`)}>
          <span className="current-arrow" aria-hidden="true">
            →
          </span>
          <span className="visually-hidden">{t('toPlace')} </span>
          {place}
        </p>
      </div>
    </section>
  );
}
