import type { OfficeState } from '@aufruf/core';
import { errandQueues } from '@aufruf/core';
import type { PublicOffice } from '@aufruf/protocol';
import { ErrandBadge, OfficeClock, localized } from '@aufruf/ui';
import type { Language } from '@aufruf/ui';
import type { Translate } from './i18n.ts';

/** The bottom strip: how many wait for each errand, where we are, what time it is, and where to wait. */
export function InfoStrip({
  office,
  state,
  now,
  language,
  t,
}: {
  office: PublicOffice;
  state: OfficeState;
  now: number;
  language: Language;
  t: Translate;
}) {
  const queues = errandQueues(
    state,
    office.errands.map((e) => e.id),
  );
  return (
    <footer className="strip">
      <ul
        className="strip-queues"
        aria-label={t('waiting')}
        style={{ ['--errands' as string]: office.errands.length }}
      >
        {office.errands.map((errand, index) => (
          <li key={errand.id} className="strip-queue">
            <ErrandBadge letter={errand.letter} index={index} />
            <span className="strip-queue-name">{localized(errand.name, language)}</span>
            <span className="strip-queue-count">{queues[index]?.waiting ?? 0}</span>
          </li>
        ))}
      </ul>
      <div className="strip-info">
        <p className="strip-office">{office.name}</p>
        <p className="strip-advice">{t('advice')}</p>
        <OfficeClock className="strip-clock" now={now} timeZone={office.timeZone} language={language} />
      </div>
    </footer>
  );
}
