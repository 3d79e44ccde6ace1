import { useId } from 'react';
import { defaultWaitLimits, serviceLevel } from '@aufruf/core';
import type { Capacity, Errand, ErrandQueue } from '@aufruf/core';
import { formatClock, localized, ServiceLight } from '@aufruf/ui';
import { ErrandBadge } from './ErrandBadge.tsx';
import { formatDuration } from './format-duration.ts';
import { useI18n } from './i18n-context.ts';

/**
 * One row per errand: how many wait, for how long the longest has been waiting, when the last of them
 * is expected to be done (marked when that is after closing time plus grace), and whether the office
 * stopped handing out numbers for it today (nobody new will come for it).
 */
export function ErrandQueueList({
  title,
  queues,
  errands,
  stopped,
  capacity,
  timeZone,
  now,
}: {
  title: string;
  queues: readonly ErrandQueue[];
  errands: readonly Errand[];
  /** Errands with no more numbers today. */
  stopped: readonly string[];
  /** The projection every screen shares (the hub's forecast); undefined before the first picture. */
  capacity: (errandId: string) => Capacity | undefined;
  timeZone: string;
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
          const projection = queue.waiting > 0 ? capacity(queue.errandId) : undefined;
          const doneAt = projection?.lastDoneAt ?? null;
          const late =
            doneAt !== null && projection?.serviceEndsAt != null && doneAt > projection.serviceEndsAt;
          const level = serviceLevel(queue, errand?.waitLimits ?? defaultWaitLimits, now);
          return (
            <li key={queue.errandId} className={`queue${queue.waiting === 0 ? ' queue--empty' : ''}`}>
              <ErrandBadge errands={errands} errandId={queue.errandId} />
              <span className="queue__name">{localized(errand?.name, language)}</span>
              <span className="queue__count">
                <ServiceLight level={level} label={t(level === 'red' ? 'levelRed' : 'levelAmber')} />
                {t('waitingCount', { count: queue.waiting })}
              </span>
              {stopped.includes(queue.errandId) ? (
                <span className="queue__stopped">{t('issuingStopped')}</span>
              ) : null}
              {queue.oldestQueuedAt !== null ? (
                <span className="queue__oldest">
                  {t('oldest', { duration: formatDuration(now - queue.oldestQueuedAt, t) })}
                  {doneAt === null ? null : (
                    <span className={late ? 'queue__done queue__done--late' : 'queue__done'}>
                      {' · '}
                      {t(late ? 'doneAboutLate' : 'doneAbout', {
                        time: formatClock(doneAt, timeZone, language),
                      })}
                    </span>
                  )}
                </span>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
