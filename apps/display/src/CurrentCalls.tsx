import type { CallView } from '@aufruf/core';
import { formatTicketNumber } from '@aufruf/core';
import { charsStyle } from '@aufruf/ui';
import type { Translate } from './i18n.ts';

/**
 * The calls of the last moments, one card per place, newest on top and highlighted; each as large as
 * its share of the screen allows. One or two cards put the place under the number, more put both on
 * one line: on a flatter card that line reads larger than two.
 */
export function CurrentCalls({
  calls,
  placeName,
  t,
}: {
  /** Newest first, as shownCalls gives them. */
  calls: readonly CallView[];
  placeName: (placeId: string) => string;
  t: Translate;
}) {
  if (calls.length === 0) {
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
  const alone = calls.length === 1;
  return (
    <section
      className="current"
      aria-label={t('currentCall')}
      aria-live="polite"
      style={{ ['--cards' as string]: calls.length }}
    >
      <ol
        className={`current-list ${calls.length <= 2 ? 'is-stacked' : 'is-inline'} ${alone ? 'is-single' : 'is-several'}`}
      >
        {calls.map((call, index) => (
          // Keyed on the call, so a new call and a recall both mount afresh and pulse.
          <CallCard
            key={`${call.ticket.id}@${call.at}`}
            call={call}
            newest={index === 0}
            label={labelOf(call, index === 0, alone, t)}
            place={placeName(call.placeId)}
            t={t}
          />
        ))}
      </ol>
    </section>
  );
}

function labelOf(call: CallView, newest: boolean, alone: boolean, t: Translate): string | null {
  if (call.recall) return t('recall');
  if (alone) return t('currentCall');
  return newest ? t('newestCall') : null;
}

/**
 * The width of "A 17 → Platz 2" set on one line, in em, erring wide: 0.64 em for a bold character
 * (digits and capitals; lower case is narrower), 0.3 em for a space, 0.6 em for the gaps around the arrow.
 */
function lineEms(number: string, place: string): number {
  const chars = [...`${number}→${place}`];
  const spaces = chars.filter((c) => /\s/u.test(c)).length;
  return Math.round(((chars.length - spaces) * 0.64 + spaces * 0.3 + 0.6) * 100) / 100;
}

function CallCard({
  call,
  newest,
  label,
  place,
  t,
}: {
  call: CallView;
  newest: boolean;
  label: string | null;
  place: string;
  t: Translate;
}) {
  const number = formatTicketNumber(call.ticket);
  return (
    <li
      className={newest ? 'current-call is-newest' : 'current-call'}
      aria-current={newest ? 'true' : undefined}
    >
      {label ? <p className="current-label">{label}</p> : null}
      {/* The box the line sizes itself from, below the label. */}
      <div className="current-fit">
        <p className="current-line" style={{ ['--line-em' as string]: lineEms(number, place) }}>
          <span className="current-number" style={charsStyle(number, 4)}>
            {number}
          </span>{' '}
          <span className="current-place" style={charsStyle(`→ ${place}`)}>
            <span className="current-arrow" aria-hidden="true">
              →
            </span>
            <span className="visually-hidden">{t('toPlace')} </span>
            {place}
          </span>
        </p>
      </div>
    </li>
  );
}
