import { localized } from '@aufruf/ui';
import type { PublicOffice, StatsReport } from '@aufruf/protocol';
import type { CsvFormat } from '../admin-api.ts';
import { errandPaint } from '../errand-colour.ts';
import { ErrandLabel } from '../ErrandLabel.tsx';
import { useI18n } from '../i18n-context.ts';
import { BarChart } from './BarChart.tsx';
import { Minutes } from './Minutes.tsx';
import { SectionHead } from './SectionHead.tsx';

/** Tickets per errand as a chart and a table, with their waiting times; the errands CSV holds both. */
export function ErrandsSection({
  report,
  office,
  format,
}: {
  report: StatsReport;
  office: PublicOffice | null;
  format: CsvFormat;
}) {
  const { t, language } = useI18n();
  const errands = office?.errands ?? [];
  const rows = report.byErrand.map((row) => {
    const index = errands.findIndex((e) => e.id === row.errandId);
    const errand = errands[index];
    return {
      ...row,
      label: errand ? `${errand.letter} ${localized(errand.name, language)}` : row.name,
      color: errandPaint(errand, index),
    };
  });
  const description = t('errandsChartLabel', {
    list: rows.map((row) => `${row.label} ${row.tickets}`).join(', '),
  });

  return (
    <section className="card" aria-labelledby="stats-errands">
      <SectionHead
        id="stats-errands"
        title={t('errandsTitle')}
        table="errands"
        from={report.from}
        to={report.to}
        format={format}
      />
      <div className="errand-stats">
        <BarChart
          spec={{
            labels: rows.map((row) => row.label),
            values: rows.map((row) => row.tickets),
            colors: rows.map((row) => row.color),
            horizontal: true,
            series: t('ticketsCol'),
          }}
          description={description}
          height={Math.max(140, rows.length * 44 + 40)}
        />
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('errand')}</th>
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
                <th scope="col" className="num">
                  {t('waitMedianCol')}
                </th>
                <th scope="col" className="num">
                  {t('waitP90Col')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.errandId}>
                  <th scope="row">
                    <ErrandLabel errands={errands} errandId={row.errandId} fallbackName={row.name} />
                  </th>
                  <td className="num">{row.tickets}</td>
                  <td className="num">{row.served}</td>
                  <td className="num">{row.noShow}</td>
                  <td className="num">{row.expired}</td>
                  <td className="num">
                    <Minutes value={row.waits.medianMinutes} />
                  </td>
                  <td className="num">
                    <Minutes value={row.waits.p90Minutes} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </section>
  );
}
