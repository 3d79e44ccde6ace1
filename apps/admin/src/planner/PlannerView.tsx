import { useState } from 'react';
import { serviceDay } from '@aufruf/core';
import type { PlannerDay, PublicOffice } from '@aufruf/protocol';
import { planDay } from '@aufruf/sim';
import type { PlacePlan, PlanResult } from '@aufruf/sim';
import { fetchPlannerDay } from '../admin-api.ts';
import { useAdmin } from '../admin-context.ts';
import { apiErrorKey } from '../api-error.ts';
import { formatNumber } from '../format.ts';
import { useI18n } from '../i18n-context.ts';
import type { MessageKey } from '../i18n.ts';
import { BarChart } from '../stats/BarChart.tsx';
import { save } from '../stats/CsvButton.tsx';
import { clockOf, minuteOf } from './plan-time.ts';

/** "Der durchschnittliche Donnerstag": the same weekday of this many weeks, this one included. */
const AVERAGE_WEEKS = 8;

/**
 * "Planer": a stored day's own visitors and service times, replayed by the simulator with the
 * staffing the office head sets (a place leaving at 14:00, a break at noon), hour by hour beside
 * what really happened, with when the last visitor would be done. Runs in this browser.
 */
export function PlannerView({ office, now }: { office: PublicOffice; now: number }) {
  const { t, language } = useI18n();
  const { secret, onUnauthorized } = useAdmin();
  const { timeZone } = office;
  const [day, setDay] = useState(() => serviceDay(now, timeZone));
  const [average, setAverage] = useState(false);
  const [data, setData] = useState<PlannerDay | null>(null);
  const [plan, setPlan] = useState<PlacePlan[]>([]);
  const [result, setResult] = useState<PlanResult | null>(null);
  const [error, setError] = useState<MessageKey | null>(null);

  const load = (): void => {
    setError(null);
    setResult(null);
    void fetchPlannerDay(secret, day, average ? AVERAGE_WEEKS : 1).then((answer) => {
      if (!answer.ok) {
        if (answer.status === 401) onUnauthorized();
        else setError(apiErrorKey(answer));
        return;
      }
      if (answer.value.arrivals.length === 0) {
        setData(null);
        setError('plannerEmpty');
        return;
      }
      setData(answer.value);
      setPlan(answer.value.staffing);
    });
  };
  const change = (index: number, next: PlacePlan): void => {
    setPlan(plan.map((p, i) => (i === index ? next : p)));
    setResult(null);
  };
  const run = (): void => {
    if (data) setResult(planDay(office, data, plan));
  };
  const time = (minute: number | null): string =>
    data && minute !== null ? clockOf(data.startsAt, minute, timeZone) : '';
  const at = (value: string): number | null => (data ? minuteOf(data.startsAt, value, timeZone) : null);
  const wait = (minutes: number | null): string =>
    minutes === null ? '–' : formatNumber(Math.round(minutes), language);
  const clock = (epoch: number | null): string => (epoch === null ? '–' : clockOf(epoch, 0, timeZone));

  const csv = (): void => {
    if (!result) return;
    const rows = [
      [t('plannerHour'), t('plannerVisitors'), t('plannerActual'), t('plannerPlanned')],
      ...result.hours.map((h) => [
        h.hour,
        String(h.visitors),
        wait(h.actualMeanWait),
        wait(h.plannedMeanWait),
      ]),
    ];
    const text = `\ufeff${rows.map((r) => r.join(';')).join('\r\n')}\r\n`;
    save(new Blob([text], { type: 'text/csv;charset=utf-8' }), `aufruf-planer-${day}.csv`);
  };

  return (
    <section className="card planner" aria-labelledby="planner-title">
      <h2 id="planner-title" className="card__title">
        {t('plannerTitle')}
      </h2>
      <p className="hint">{t('plannerHint')}</p>
      <p className="planner__day">
        <label className="field">
          <span className="field__label">{t('plannerDay')}</span>
          <input className="field__input" type="date" value={day} onChange={(e) => setDay(e.target.value)} />
        </label>
        <label className="choice">
          <input type="checkbox" checked={average} onChange={(e) => setAverage(e.target.checked)} />
          <span>{t('plannerAverage', { weeks: AVERAGE_WEEKS })}</span>
        </label>
        <button type="button" className="button" onClick={load}>
          {t('plannerLoad')}
        </button>
      </p>
      {error ? (
        <p className="alert" role="alert">
          {t(error)}
        </p>
      ) : null}
      {data ? (
        <>
          <table className="table planner__staffing">
            <caption>
              {t('plannerStaffing', { count: data.arrivals.length })}
              {average ? ` · ${t('plannerAverageOf', { days: data.days })}` : null}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('place')}</th>
                <th scope="col">{t('plannerFrom')}</th>
                <th scope="col">{t('plannerUntil')}</th>
                <th scope="col">{t('plannerPauseAt')}</th>
                <th scope="col">{t('plannerPauseMinutes')}</th>
              </tr>
            </thead>
            <tbody>
              {plan.map((place, index) => {
                const name = office.places.find((p) => p.id === place.placeId)?.name ?? place.placeId;
                return (
                  <tr key={place.placeId}>
                    <th scope="row">{name}</th>
                    <TimeCell
                      label={t('plannerFromOf', { place: name })}
                      value={time(place.fromMinute)}
                      onChange={(value) => change(index, { ...place, fromMinute: at(value) ?? 0 })}
                    />
                    <TimeCell
                      label={t('plannerUntilOf', { place: name })}
                      value={time(place.untilMinute)}
                      onChange={(value) => change(index, { ...place, untilMinute: at(value) })}
                    />
                    <TimeCell
                      label={t('plannerPauseAtOf', { place: name })}
                      value={time(place.pause?.atMinute ?? null)}
                      onChange={(value) => {
                        const minute = at(value);
                        const minutes = place.pause?.minutes ?? 30;
                        change(index, {
                          ...place,
                          pause: minute === null ? null : { atMinute: minute, minutes },
                        });
                      }}
                    />
                    <td>
                      <input
                        className="field__input"
                        type="number"
                        min={0}
                        max={240}
                        aria-label={t('plannerPauseMinutesOf', { place: name })}
                        value={place.pause ? String(Math.round(place.pause.minutes)) : ''}
                        disabled={!place.pause}
                        onChange={(e) =>
                          place.pause &&
                          change(index, {
                            ...place,
                            pause: { ...place.pause, minutes: Math.max(0, Number(e.target.value)) },
                          })
                        }
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <p>
            <button type="button" className="button button--primary" onClick={run}>
              {t('plannerRun')}
            </button>
          </p>
        </>
      ) : null}
      {result ? (
        <div className="planner__result" role="region" aria-label={t('plannerResult')}>
          <p className="planner__last">
            {t('plannerLastDone', {
              actual: clock(result.actualLastDoneAt),
              planned: clock(result.plannedLastDoneAt),
            })}
          </p>
          <BarChart
            spec={{
              labels: result.hours.map((h) => h.hour),
              values: result.hours.map((h) => Math.round(h.plannedMeanWait ?? 0)),
              colors: ['--primary'],
              series: t('plannerPlanned'),
            }}
            description={t('plannerChart')}
            height={220}
          />
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('plannerHour')}</th>
                <th scope="col" className="num">
                  {t('plannerVisitors')}
                </th>
                <th scope="col" className="num">
                  {t('plannerActual')}
                </th>
                <th scope="col" className="num">
                  {t('plannerPlanned')}
                </th>
              </tr>
            </thead>
            <tbody>
              {result.hours.map((h) => (
                <tr key={h.hour}>
                  <th scope="row">{h.hour}</th>
                  <td className="num">{h.visitors}</td>
                  <td className="num">{wait(h.actualMeanWait)}</td>
                  <td className="num">{wait(h.plannedMeanWait)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <button type="button" className="button button--quiet" onClick={csv}>
            {t('plannerCsv')}
          </button>
        </div>
      ) : null}
    </section>
  );
}

/** One time of a place's day in the staffing table; empty for none ("bis zum Schluss", no break). */
function TimeCell({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <td>
      <input
        className="field__input"
        type="time"
        aria-label={label}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </td>
  );
}
