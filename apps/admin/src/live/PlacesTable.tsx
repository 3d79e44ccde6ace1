import { formatTicketNumber } from '@aufruf/core';
import type { OfficeState } from '@aufruf/core';
import type { PublicOffice } from '@aufruf/protocol';
import { ErrandBadge, localized } from '@aufruf/ui';
import { formatDuration } from '../format.ts';
import { useI18n } from '../i18n-context.ts';

const MINUTE = 60_000;

/** Who is serving what: each place paused, free, or serving a number since some minutes. */
export function PlacesTable({
  state,
  office,
  now,
}: {
  state: OfficeState;
  office: PublicOffice;
  now: number;
}) {
  const { t, language } = useI18n();
  return (
    <section className="card live__places" aria-labelledby="live-places">
      <h2 id="live-places" className="card__title">
        {t('placesTitle')}
      </h2>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('place')}</th>
            <th scope="col">{t('placeState')}</th>
            <th scope="col">{t('placeErrands')}</th>
          </tr>
        </thead>
        <tbody>
          {office.places.map((place) => {
            const placeState = state.places[place.id];
            const ticket = placeState?.ticketId ? state.tickets[placeState.ticketId] : undefined;
            const since = ticket ? (ticket.firstCalledAt ?? ticket.calledAt ?? now) : now;
            const errands = office.errands
              .map((errand, index) => ({ errand, index }))
              .filter(({ errand }) => placeState?.errandIds.includes(errand.id));
            return (
              <tr key={place.id}>
                <th scope="row">{place.name}</th>
                <td>
                  {ticket ? (
                    <span className="place-state place-state--serving">
                      {now - since < MINUTE
                        ? t('placeServingNew', { number: formatTicketNumber(ticket) })
                        : t('placeServing', {
                            number: formatTicketNumber(ticket),
                            duration: formatDuration(now - since, t),
                          })}
                    </span>
                  ) : null}
                  {placeState?.paused ? (
                    <span className="place-state place-state--paused">{t('placePaused')}</span>
                  ) : null}
                  {!ticket && !placeState?.paused ? (
                    <span className="place-state place-state--idle">{t('placeIdle')}</span>
                  ) : null}
                </td>
                <td>
                  {errands.length === 0 ? (
                    <span className="muted">{t('placeNoErrands')}</span>
                  ) : (
                    <ul className="badges">
                      {errands.map(({ errand, index }) => (
                        <li key={errand.id} title={localized(errand.name, language)}>
                          <ErrandBadge letter={errand.letter} index={index} />
                          <span className="visually-hidden">{localized(errand.name, language)}</span>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
