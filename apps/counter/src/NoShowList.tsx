import type { Errand, OfficeState } from '@aufruf/core';
import { formatTicketNumber } from '@aufruf/core';
import { localized, localeOf, TicketNumber } from '@aufruf/ui';
import { errandToneOf } from './errand-index.ts';
import { useI18n } from './i18n-context.ts';

/** How many of the latest no-shows are listed: the ones who might still come in. */
const SHOWN = 8;

/**
 * Today's numbers marked "Nicht erschienen", newest first, each with "Wieder aufnehmen": a visitor who
 * comes in late gets their place in the queue back instead of a new number.
 */
export function NoShowList({
  state,
  errands,
  timeZone,
  disabled,
  onReopen,
}: {
  state: OfficeState;
  errands: readonly Errand[];
  timeZone: string;
  disabled: boolean;
  onReopen: (ticketId: string) => void;
}) {
  const { t, language } = useI18n();
  const noShows = [...state.tickets.values()]
    .filter((ticket) => ticket.status === 'no-show' && ticket.day === state.day)
    .sort((a, b) => (b.finishedAt ?? 0) - (a.finishedAt ?? 0))
    .slice(0, SHOWN);
  if (noShows.length === 0) return null;
  const clock = new Intl.DateTimeFormat(localeOf(language), {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  });
  return (
    <section className="no-shows" aria-labelledby="no-shows-title">
      <h3 id="no-shows-title" className="side__subheading">
        {t('noShowsTitle')}
      </h3>
      <ul className="waiting__list">
        {noShows.map((ticket) => {
          const errand = errands.find((e) => e.id === ticket.errandId);
          return (
            <li
              key={ticket.id}
              className="waiting__item waiting__item--other"
              data-tone={errandToneOf(errands, ticket.errandId)}
            >
              <TicketNumber ticket={ticket} className="waiting__number" />
              <span className="waiting__details">
                <span className="waiting__errand-name">{localized(errand?.name, language)}</span>
                <span className="waiting__meta">
                  {t('noShowSince', { time: clock.format(ticket.finishedAt ?? 0) })}
                </span>
              </span>
              <button
                type="button"
                className="waiting__call"
                disabled={disabled}
                aria-label={t('reopenTicket', { number: formatTicketNumber(ticket, { separator: ' ' }) })}
                onClick={() => onReopen(ticket.id)}
              >
                {t('reopen')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
