import type { StatsReport } from '@aufruf/protocol';
import type { CsvFormat } from '../admin-api.ts';
import { useI18n } from '../i18n-context.ts';
import { BarChart } from './BarChart.tsx';
import { daysOf, formatDay, formatShortDay } from './day-range.ts';
import { SectionHead } from './SectionHead.tsx';

/** One bar and one row per day of the period (days without a ticket too), to compare the days. */
export function DaysSection({ report, format }: { report: StatsReport; format: CsvFormat }) {
  const { t, language } = useI18n();
  const empty = { tickets: 0, served: 0, noShow: 0, expired: 0 };
  const rows = daysOf(report).map((day) => ({ ...empty, ...report.byDay.find((d) => d.day === day), day }));
  const peak = rows.reduce(
    (best, row) => (row.tickets > best.tickets ? row : best),
    rows[0] ?? { ...empty, day: '' },
  );

  return (
    <section className="card" aria-labelledby="stats-days">
      <SectionHead
        id="stats-days"
        title={t('daysTitle')}
        table="days"
        from={report.from}
        to={report.to}
        format={format}
      />
      <BarChart
        spec={{
          labels: rows.map((row) => formatShortDay(row.day, language)),
          values: rows.map((row) => row.tickets),
          colors: ['--primary'],
          series: t('ticketsCol'),
        }}
        description={t('daysChartLabel', { day: formatDay(peak.day, language, true), count: peak.tickets })}
        height={240}
      />
      <details className="table-details">
        <summary>{t('showTable')}</summary>
        <div className="table-wrap">
          <table className="table table--compact">
            <caption className="visually-hidden">{t('daysTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('dayCol')}</th>
                <th scope="col" className="num">
                  {t('ticketsCol')}
                </th>
                <th scope="col" className="num">
                  {t('servedCol')}
                </th>
                <th scope="col" className="num">
                  {t('noShowCol')}
                </th>
                <th scope="col" className="num">
                  {t('expiredCol')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.day} className={row.tickets === 0 ? 'row--quiet' : undefined}>
                  <th scope="row">{formatDay(row.day, language, true)}</th>
                  <td className="num">{row.tickets}</td>
                  <td className="num">{row.served}</td>
                  <td className="num">{row.noShow}</td>
                  <td className="num">{row.expired}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
