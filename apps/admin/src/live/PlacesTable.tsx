import { formatTicketNumber } from '@aufruf/core';
import type { OfficeState } from '@aufruf/core';
import type { ConnectedCounters, PublicOffice } from '@aufruf/protocol';
import { ErrandBadge, localized } from '@aufruf/ui';
import { formatDuration } from '../format.ts';
import { formatClock } from '@aufruf/ui';
import { useI18n } from '../i18n-context.ts';
import { staffing } from './staffing.ts';

const MINUTE = 60_000;

/**
 * Who is serving what: each place serving a number since some minutes, paused (until when), signed in
 * and free, or not staffed (nobody signed in: it does not count for the wait estimates).
 */
export function PlacesTable({
  state,
  office,
  counters,
  now,
}: {
  state: OfficeState;
  office: PublicOffice;
  /** Where counters are connected; null until the hub has said. */
  counters: ConnectedCounters | null;
  now: number;
}) {
  const { t, language } = useI18n();
  const unplaced = counters?.filter((place) => place === null).length ?? 0;
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
            const ticket = placeState?.ticketId ? state.tickets.get(placeState.ticketId) : undefined;
            const since = ticket ? (ticket.firstCalledAt ?? ticket.calledAt ?? now) : now;
            const signedIn = placeState?.staffed === true;
            const connected = staffing(counters, place.id);
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
                    <span className="place-state place-state--paused">
                      {placeState.backAt === null
                        ? t('placePausedOpen')
                        : t('placePausedUntil', {
                            time: formatClock(placeState.backAt, office.timeZone, language),
                          })}
                    </span>
                  ) : null}
                  {!ticket && !placeState?.paused ? (
                    signedIn ? (
                      <span className="place-state place-state--staffed">{t('placeStaffedIdle')}</span>
                    ) : (
                      <span className="place-state place-state--unstaffed">{t('placeUnstaffed')}</span>
                    )
                  ) : null}
                  {/* Signed in, but its counter is gone: the hub signs it out after a minute. */}
                  {signedIn && connected === 'unstaffed' ? (
                    <span className="place-state__note">{t('placeNoCounter')}</span>
                  ) : null}
                </td>
                <td>
                  {errands.length === 0 ? (
                    <span className="muted">{t('placeNoErrands')}</span>
                  ) : (
                    <ul className="badges">
                      {errands.map(({ errand, index }) => (
                        <li key={errand.id} title={localized(errand.name, language)}>
                          <ErrandBadge letter={errand.letter} index={index} colour={errand.colour} />
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
      {unplaced > 0 ? (
        <p className="field__hint">{t('placesUnplacedCounters', { count: unplaced })}</p>
      ) : null}
    </section>
  );
}
