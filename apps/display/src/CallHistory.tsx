import type { CallView } from '@aufruf/core';
import { TicketNumber } from '@aufruf/ui';
import type { ReactNode } from 'react';
import type { Translate } from './i18n.ts';

/** The calls no longer current, newest on top. */
export function CallHistory({
  calls,
  placeName,
  t,
  notice,
}: {
  calls: readonly CallView[];
  placeName: (placeId: string) => string;
  t: Translate;
  /** A short note about the screen itself beside the title, e.g. that it is silent. */
  notice?: ReactNode;
}) {
  return (
    <section className={calls.length === 0 ? 'history is-empty' : 'history'}>
      <div className="history-head">
        <h2 className="history-title">{t('recentCalls')}</h2>
        {notice}
      </div>
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
