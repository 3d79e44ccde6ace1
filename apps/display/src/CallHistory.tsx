import type { CallView } from '@aufruf/core';
import { TicketNumber } from '@aufruf/ui';
import type { Translate } from './i18n.ts';

/** The calls before the current one, newest on top. */
export function CallHistory({
  calls,
  placeName,
  t,
}: {
  calls: readonly CallView[];
  placeName: (placeId: string) => string;
  t: Translate;
}) {
  return (
    <section className={calls.length === 0 ? 'history is-empty' : 'history'}>
      <h2 className="history-title">{t('recentCalls')}</h2>
      {calls.length === 0 ? <p className="history-empty">{t('noRecentCalls')}</p> : null}
      {/* A size container, so the rows can split its height seven ways whatever the screen. */}
      <div className="history-frame">
        <ol className="history-list" aria-label={t('recentCalls')}>
          {calls.map((call) => (
            <li key={call.ticket.id} className="history-row">
              <TicketNumber className="history-number" ticket={call.ticket} />
              <span className="history-arrow" aria-hidden="true">
                →
              </span>
              <span className="history-place">
                <span className="visually-hidden">{t('toPlace')} </span>
                {placeName(call.placeId)}
              </span>
            </li>
          ))}
        </ol>
      </div>
    </section>
  );
}
