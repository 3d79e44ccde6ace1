import type { StatsReport } from '@aufruf/protocol';
import type { CsvFormat } from '../admin-api.ts';
import { useI18n } from '../i18n-context.ts';
import { BarChart } from './BarChart.tsx';
import { SectionHead } from './SectionHead.tsx';

// The axis always spans a usual office day, so two days' curves look alike; earlier or later arrivals widen it.
const DAY_START = 8;
const DAY_END = 16;

/** Arrivals per hour: the walk-in day's curve, as a chart and (folded) as a table. */
export function HoursSection({ report, format }: { report: StatsReport; format: CsvFormat }) {
  const { t } = useI18n();
  const busy = report.byHour.filter((h) => h.tickets > 0).map((h) => h.hour);
  const first = Math.min(DAY_START, ...busy);
  const last = Math.max(DAY_END, ...busy);
  const hours = Array.from({ length: last - first + 1 }, (_, i) => first + i).map((hour) => ({
    hour,
    tickets: report.byHour.find((h) => h.hour === hour)?.tickets ?? 0,
  }));
  const peak = hours.reduce((best, h) => (h.tickets > best.tickets ? h : best), { hour: first, tickets: 0 });
  const span = (hour: number): string => t('hourRange', { from: hour, to: hour + 1 });
  const description =
    peak.tickets === 0
      ? t('hoursChartEmpty')
      : t('hoursChartLabel', { hour: span(peak.hour), count: peak.tickets });

  return (
    <section className="card" aria-labelledby="stats-hours">
      <SectionHead
        id="stats-hours"
        title={t('hoursTitle')}
        table="hours"
        from={report.from}
        to={report.to}
        format={format}
      />
      <BarChart
        spec={{
          labels: hours.map((h) => t('hourLabel', { hour: h.hour })),
          values: hours.map((h) => h.tickets),
          colors: ['--primary'],
          series: t('arrivalsCol'),
        }}
        description={description}
        height={260}
      />
      <details className="table-details">
        <summary>{t('showTable')}</summary>
        <table className="table table--compact">
          <caption className="visually-hidden">{t('hoursTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('hourCol')}</th>
              <th scope="col" className="num">
                {t('arrivalsCol')}
              </th>
            </tr>
          </thead>
          <tbody>
            {hours.map((h) => (
              <tr key={h.hour}>
                <th scope="row">{span(h.hour)}</th>
                <td className="num">{h.tickets}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
