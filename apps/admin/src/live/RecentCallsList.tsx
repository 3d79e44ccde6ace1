import { formatTicketNumber, recentCalls } from '@aufruf/core';
import type { OfficeState } from '@aufruf/core';
import type { PublicOffice } from '@aufruf/protocol';
import { formatClock } from '@aufruf/ui';
import { useI18n } from '../i18n-context.ts';

const SHOWN = 8;

/** The latest calls, newest first, as the displays in the hall show them. */
export function RecentCallsList({ state, office }: { state: OfficeState; office: PublicOffice }) {
  const { t, language } = useI18n();
  const calls = recentCalls(state, SHOWN);
  const placeName = (id: string): string => office.places.find((p) => p.id === id)?.name ?? id;
  return (
    <section className="card" aria-labelledby="live-calls">
      <h2 id="live-calls" className="card__title">
        {t('callsTitle')}
      </h2>
      {calls.length === 0 ? (
        <p className="muted">{t('noCalls')}</p>
      ) : (
        <ol className="calls">
          {calls.map((call) => (
            <li key={call.ticket.id} className="calls__item">
              <span className="calls__what">
                {t('callTo', { number: formatTicketNumber(call.ticket), place: placeName(call.placeId) })}
              </span>
              {call.recall ? <span className="tag">{t('recalled')}</span> : null}
              <time className="calls__time" dateTime={new Date(call.at).toISOString()}>
                {formatClock(call.at, office.timeZone, language)}
              </time>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
