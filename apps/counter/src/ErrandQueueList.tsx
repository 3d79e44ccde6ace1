import { useId } from 'react';
import type { Errand, ErrandQueue } from '@aufruf/core';
import { localized } from '@aufruf/ui';
import { ErrandBadge } from './ErrandBadge.tsx';
import { formatDuration } from './format-duration.ts';
import { useI18n } from './i18n-context.ts';

/**
 * One row per errand: how many wait, for how long the longest has been waiting, and whether the office
 * stopped handing out numbers for it today (nobody new will come for it).
 */
export function ErrandQueueList({
  title,
  queues,
  errands,
  stopped,
  now,
}: {
  title: string;
  queues: readonly ErrandQueue[];
  errands: readonly Errand[];
  /** Errands with no more numbers today. */
  stopped: readonly string[];
  now: number;
}) {
  const { t, language } = useI18n();
  const headingId = useId();
  if (queues.length === 0) return null;
  return (
    <section className="queues" aria-labelledby={headingId}>
      <h3 id={headingId} className="side__subheading">
        {title}
      </h3>
      <ul className="queues__list">
        {queues.map((queue) => {
          const errand = errands.find((e) => e.id === queue.errandId);
          return (
            <li key={queue.errandId} className={`queue${queue.waiting === 0 ? ' queue--empty' : ''}`}>
              <ErrandBadge errands={errands} errandId={queue.errandId} />
              <span className="queue__name">{localized(errand?.name, language)}</span>
              <span className="queue__count">{t('waitingCount', { count: queue.waiting })}</span>
              {stopped.includes(queue.errandId) ? (
                <span className="queue__stopped">{t('issuingStopped')}</span>
              ) : null}
              {queue.oldestQueuedAt !== null ? (
                <span className="queue__oldest">
                  {t('oldest', { duration: formatDuration(now - queue.oldestQueuedAt, t) })}
                </span>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
