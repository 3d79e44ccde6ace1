import type { Errand, Place, Ticket } from '@aufruf/core';
import { formatTicketNumber } from '@aufruf/core';
import { localized, TicketNumber } from '@aufruf/ui';
import { errandToneOf } from './errand-index.ts';
import { formatDuration } from './format-duration.ts';
import { KindBadge } from './KindBadge.tsx';
import { pressViaOf } from './press-guard.ts';
import type { PressVia } from './press-guard.ts';
import { useI18n } from './i18n-context.ts';

/** Every waiting number in call order, each with a button to call it out of turn. */
export function WaitingList({
  tickets,
  errands,
  places,
  servedIds,
  nextId,
  now,
  canCall,
  onCall,
}: {
  tickets: readonly Ticket[];
  errands: readonly Errand[];
  places: readonly Place[];
  /** Tickets this place would call in turn; the others are shown quieter. */
  servedIds: ReadonlySet<string>;
  nextId: string | undefined;
  now: number;
  canCall: boolean;
  onCall: (ticket: Ticket, via: PressVia) => void;
}) {
  const { t, language } = useI18n();
  return (
    <section className="waiting" aria-labelledby="waiting-title">
      <h3 className="side__subheading">
        <span id="waiting-title">{t('waitingListTitle')}</span>{' '}
        <span className="side__count">({tickets.length})</span>
      </h3>
      {tickets.length === 0 ? <p className="waiting__empty">{t('waitingListEmpty')}</p> : null}
      <ol className="waiting__list" aria-labelledby="waiting-title">
        {tickets.map((ticket) => {
          const errand = errands.find((e) => e.id === ticket.errandId);
          const target = ticket.targetPlaceId ? places.find((p) => p.id === ticket.targetPlaceId) : undefined;
          const spoken = formatTicketNumber(ticket, { separator: ' ' });
          const mine = servedIds.has(ticket.id);
          return (
            <li
              key={ticket.id}
              className={`waiting__item${mine ? '' : ' waiting__item--other'}${ticket.id === nextId ? ' waiting__item--next' : ''}`}
              data-tone={errandToneOf(errands, ticket.errandId)}
            >
              <TicketNumber ticket={ticket} className="waiting__number" />
              <span className="waiting__details">
                <span className="waiting__errand">
                  <span className="waiting__errand-name">{localized(errand?.name, language)}</span>
                  <KindBadge ticket={ticket} />
                </span>
                <span className="waiting__meta">
                  {t('waitingFor', { duration: formatDuration(now - ticket.queuedAt, t) })}
                  {target ? ` · ${t('forPlace', { place: target.name })}` : ''}
                </span>
                {ticket.id === nextId ? <strong className="waiting__next">{t('nextMark')}</strong> : null}
              </span>
              <button
                type="button"
                className="waiting__call"
                disabled={!canCall}
                aria-label={t('callTicketLabel', { number: spoken })}
                onClick={(event) => onCall(ticket, pressViaOf(event))}
              >
                {t('callTicket')}
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
