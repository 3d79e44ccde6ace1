import { errandQueues } from '@aufruf/core';
import type { Errand, OfficeState } from '@aufruf/core';
import { ErrandLabel } from '../ErrandLabel.tsx';
import { formatDuration } from '../format.ts';
import { useI18n } from '../i18n-context.ts';

/** How many wait for each errand right now, and since when the longest-waiting one. */
export function WaitingTable({
  state,
  errands,
  now,
}: {
  state: OfficeState;
  errands: readonly Errand[];
  now: number;
}) {
  const { t } = useI18n();
  const queues = errandQueues(
    state,
    errands.map((e) => e.id),
  );
  return (
    <section className="card live__waiting" aria-labelledby="live-waiting">
      <h2 id="live-waiting" className="card__title">
        {t('waitingTitle')}
      </h2>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('errand')}</th>
            <th scope="col" className="num">
              {t('waitingCol')}
            </th>
            <th scope="col" className="num">
              {t('longestWait')}
            </th>
          </tr>
        </thead>
        <tbody>
          {queues.map((queue) => (
            <tr key={queue.errandId} className={queue.waiting === 0 ? 'row--quiet' : undefined}>
              <th scope="row">
                <ErrandLabel errands={errands} errandId={queue.errandId} />
              </th>
              <td className="num big-figure">{queue.waiting}</td>
              <td className="num">
                {queue.oldestQueuedAt === null
                  ? t('nobodyWaiting')
                  : formatDuration(now - queue.oldestQueuedAt, t)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
