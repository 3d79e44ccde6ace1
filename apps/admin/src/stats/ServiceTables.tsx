import type { PublicOffice, StatsReport } from '@aufruf/protocol';
import type { CsvFormat } from '../admin-api.ts';
import { ErrandLabel } from '../ErrandLabel.tsx';
import { useI18n } from '../i18n-context.ts';
import { Minutes } from './Minutes.tsx';
import { SectionHead } from './SectionHead.tsx';

type Figures = StatsReport['byErrand'][number]['service'];

function ServiceCells({ service }: { service: Figures }) {
  return (
    <>
      <td className="num">
        <Minutes value={service.medianMinutes} />
      </td>
      <td className="num">
        <Minutes value={service.p90Minutes} />
      </td>
      <td className="num">
        <Minutes value={service.maxMinutes} />
      </td>
    </>
  );
}

function ServiceHeads() {
  const { t } = useI18n();
  return (
    <>
      <th scope="col" className="num">
        {t('serviceMedianCol')}
      </th>
      <th scope="col" className="num">
        {t('serviceP90Col')}
      </th>
      <th scope="col" className="num">
        {t('serviceMaxCol')}
      </th>
    </>
  );
}

/** How long serving took (first call → done), per errand and per place. */
export function ServiceTables({
  report,
  office,
  format,
}: {
  report: StatsReport;
  office: PublicOffice | null;
  format: CsvFormat;
}) {
  const { t } = useI18n();
  const errands = office?.errands ?? [];
  const placeName = (id: string, fallback: string): string =>
    office?.places.find((p) => p.id === id)?.name ?? fallback;
  return (
    <div className="service">
      <section className="card" aria-labelledby="stats-service">
        <div className="card__head">
          <h3 id="stats-service" className="card__title">
            {t('serviceTitle')}
          </h3>
        </div>
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('errand')}</th>
                <th scope="col" className="num">
                  {t('servedCol')}
                </th>
                <ServiceHeads />
              </tr>
            </thead>
            <tbody>
              {report.byErrand.map((row) => (
                <tr key={row.errandId}>
                  <th scope="row">
                    <ErrandLabel errands={errands} errandId={row.errandId} fallbackName={row.name} />
                  </th>
                  <td className="num">{row.served}</td>
                  <ServiceCells service={row.service} />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section className="card" aria-labelledby="stats-places">
        <SectionHead
          id="stats-places"
          title={t('placesStatsTitle')}
          table="places"
          from={report.from}
          to={report.to}
          format={format}
        />
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('place')}</th>
                <th scope="col" className="num">
                  {t('servedCol')}
                </th>
                <th scope="col" className="num">
                  {t('noShowCol')}
                </th>
                <ServiceHeads />
              </tr>
            </thead>
            <tbody>
              {report.byPlace.map((row) => (
                <tr key={row.placeId}>
                  <th scope="row">{placeName(row.placeId, row.name)}</th>
                  <td className="num">{row.served}</td>
                  <td className="num">{row.noShow}</td>
                  <ServiceCells service={row.service} />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
