import type { PublicOffice, StatsReport } from '@aufruf/protocol';
import type { CsvFormat } from '../admin-api.ts';
import { useI18n } from '../i18n-context.ts';
import { DaysSection } from './DaysSection.tsx';
import { ErrandsSection } from './ErrandsSection.tsx';
import { HoursSection } from './HoursSection.tsx';
import { ServiceTables } from './ServiceTables.tsx';
import { StatsTotals } from './StatsTotals.tsx';

/** One report: totals and waits first, then the days (of a period), the day's curve, errands, service times. */
export function StatsReportView({
  report,
  office,
  format,
}: {
  report: StatsReport;
  office: PublicOffice | null;
  format: CsvFormat;
}) {
  const { t } = useI18n();
  return (
    <>
      <StatsTotals report={report} />
      {report.totals.tickets === 0 ? (
        <p className="card muted">{t(report.from === report.to ? 'statsEmptyDay' : 'statsEmpty')}</p>
      ) : (
        <>
          {/* A period: first how its days compare, then the figures of all its days together. */}
          {report.from === report.to ? null : <DaysSection report={report} format={format} />}
          <HoursSection report={report} format={format} />
          <ErrandsSection report={report} office={office} format={format} />
          <ServiceTables report={report} office={office} format={format} />
        </>
      )}
    </>
  );
}
