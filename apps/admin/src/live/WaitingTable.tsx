import { defaultWaitLimits, errandQueues, formatTicketNumber, serviceLevel } from '@aufruf/core';
import type { Capacity, Forecast, OfficeState } from '@aufruf/core';
import type { PublicOffice } from '@aufruf/protocol';
import { formatClock, localized, ServiceLight } from '@aufruf/ui';
import { ErrandLabel } from '../ErrandLabel.tsx';
import { formatDuration } from '../format.ts';
import { useI18n } from '../i18n-context.ts';
import { useIssuing } from './use-issuing.ts';
import { useRedAlert } from './use-red-alert.ts';

/**
 * How many wait for each errand right now, since when the longest-waiting one, when the last of them
 * is expected to be done (against closing time), and whether numbers are still handed out for it
 * ("Ausgabe stoppen / fortsetzen", for today).
 */
export function WaitingTable({
  state,
  office,
  forecast,
  now,
}: {
  state: OfficeState;
  office: PublicOffice;
  /** The same projection the kiosk and the hub use; null until the first picture arrived. */
  forecast: Forecast | null;
  now: number;
}) {
  const { t, language } = useI18n();
  const { errands, timeZone } = office;
  const doneText = (capacity: Capacity | undefined): string => {
    if (!capacity || capacity.lastDoneAt === null) return '–';
    return formatClock(capacity.lastDoneAt, timeZone, language);
  };
  const issuing = useIssuing();
  const stopped = new Set(state.stoppedErrands);
  const allIds = errands.map((e) => e.id);
  const queues = errandQueues(
    state,
    errands.map((e) => e.id),
  );
  const levelOf = (queue: (typeof queues)[number]) =>
    serviceLevel(queue, errands.find((e) => e.id === queue.errandId)?.waitLimits ?? defaultWaitLimits, now);
  const alert = useRedAlert(queues.filter((q) => levelOf(q) === 'red').map((q) => q.errandId));
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
            <th scope="col" className="num">
              {t('lastDoneCol')}
            </th>
            <th scope="col">{t('issuingCol')}</th>
          </tr>
        </thead>
        <tbody>
          {queues.map((queue) => {
            const capacity = queue.waiting > 0 ? forecast?.capacity(queue.errandId) : undefined;
            const level = levelOf(queue);
            const late =
              capacity?.lastDoneAt != null &&
              capacity.serviceEndsAt !== null &&
              capacity.lastDoneAt > capacity.serviceEndsAt;
            return (
              <tr key={queue.errandId} className={queue.waiting === 0 ? 'row--quiet' : undefined}>
                <th scope="row">
                  <ErrandLabel errands={errands} errandId={queue.errandId} />
                  {stopped.has(queue.errandId) ? (
                    <span className="issuing__stopped">{t('issuingStopped')}</span>
                  ) : null}
                </th>
                <td className="num big-figure">{queue.waiting}</td>
                <td className="num longest">
                  {queue.oldestQueuedAt === null ? (
                    t('nobodyWaiting')
                  ) : (
                    <>
                      <ServiceLight level={level} label={t(level === 'red' ? 'levelRed' : 'levelAmber')} />
                      {formatDuration(now - queue.oldestQueuedAt, t)}
                      {level !== 'green' && queue.oldest ? (
                        <span className="longest__ticket">{formatTicketNumber(queue.oldest)}</span>
                      ) : null}
                    </>
                  )}
                </td>
                <td className={late ? 'num last-done last-done--late' : 'num last-done'}>
                  {doneText(capacity)}
                  {late ? <span className="last-done__note">{t('lastDoneLate')}</span> : null}
                </td>
                <td className="issuing">
                  <IssuingButton
                    stopped={stopped.has(queue.errandId)}
                    errandName={localized(
                      errands.find((e) => e.id === queue.errandId)?.name ?? { de: queue.errandId },
                      language,
                    )}
                    disabled={issuing.pending}
                    onChange={(stop) => issuing.change([queue.errandId], stop)}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="issuing__all">
        <button
          type="button"
          className="button button--danger-quiet"
          disabled={issuing.pending || allIds.every((id) => stopped.has(id))}
          onClick={() => issuing.change(allIds, true)}
        >
          {t('issuingStopAll')}
        </button>{' '}
        <button
          type="button"
          className="button button--quiet"
          disabled={issuing.pending || stopped.size === 0}
          onClick={() => issuing.change(allIds, false)}
        >
          {t('issuingResumeAll')}
        </button>
      </p>
      <p className="hint">{t('issuingHint')}</p>
      <label className="choice red-alert">
        <input type="checkbox" checked={alert.on} onChange={(event) => alert.setOn(event.target.checked)} />
        <span>{t('redAlert')}</span>
      </label>
      {issuing.error ? (
        <p className="alert" role="alert">
          {t(issuing.error)}
        </p>
      ) : null}
    </section>
  );
}

function IssuingButton({
  stopped,
  errandName,
  disabled,
  onChange,
}: {
  stopped: boolean;
  errandName: string;
  disabled: boolean;
  onChange: (stop: boolean) => void;
}) {
  const { t } = useI18n();
  return (
    <button
      type="button"
      className={`button issuing__button ${stopped ? 'button--quiet' : 'button--danger-quiet'}`}
      aria-label={t(stopped ? 'issuingResumeFor' : 'issuingStopFor', { errand: errandName })}
      disabled={disabled}
      onClick={() => onChange(!stopped)}
    >
      {t(stopped ? 'issuingResume' : 'issuingStop')}
    </button>
  );
}
