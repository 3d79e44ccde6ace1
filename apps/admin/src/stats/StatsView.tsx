import { useState } from 'react';
import type { PublicOffice } from '@aufruf/protocol';
import { fetchStats } from '../admin-api.ts';
import type { CsvFormat } from '../admin-api.ts';
import { useAdmin } from '../admin-context.ts';
import { apiErrorKey } from '../api-error.ts';
import { useI18n } from '../i18n-context.ts';
import { initialCsvFormat, rememberCsvFormat } from '../preferences.ts';
import { useApi } from '../use-api.ts';
import { CsvFormatPicker } from './CsvFormatPicker.tsx';
import { dayCount, formatDay, todayIn } from './day-range.ts';
import type { DayRange } from './day-range.ts';
import { RangePicker } from './RangePicker.tsx';
import { StatsReportView } from './StatsReportView.tsx';

/** "Statistik": how a day or a period went, as figures, charts, tables and CSV files. */
export function StatsView({
  office,
  now,
  timeZone,
}: {
  office: PublicOffice | null;
  now: number;
  timeZone: string;
}) {
  const { t, language } = useI18n();
  const { secret } = useAdmin();
  const today = todayIn(now, timeZone);
  // null: "today", which moves on by itself at midnight.
  const [chosen, setChosen] = useState<DayRange | null>(null);
  const [format, setFormat] = useState<CsvFormat>(initialCsvFormat);
  const range = chosen ?? { from: today, to: today };
  const stats = useApi(`stats-${range.from}-${range.to}`, () => fetchStats(secret, range.from, range.to));
  const { result, loading } = stats;
  const days = dayCount(range);

  const chooseFormat = (next: CsvFormat): void => {
    rememberCsvFormat(next);
    setFormat(next);
  };

  return (
    <div className="stats">
      <div className="card stats__toolbar">
        <div className="stats__head">
          <h2 className="stats__title">
            {days === 1
              ? formatDay(range.from, language, true)
              : t('rangeDays', {
                  from: formatDay(range.from, language, false),
                  to: formatDay(range.to, language, false),
                  count: days,
                })}
          </h2>
          <div className="stats__tools">
            <CsvFormatPicker format={format} onChange={chooseFormat} />
            <button type="button" className="button button--quiet" onClick={stats.reload}>
              {t('reload')}
            </button>
          </div>
        </div>
        <RangePicker range={range} today={today} onChange={setChosen} />
      </div>
      <div aria-live="polite" aria-busy={loading}>
        {result === null || (loading && !result.ok) ? (
          <p className="card loading" role="status">
            {t('loading')}
          </p>
        ) : null}
        {result && !result.ok && !loading ? (
          <p className="card alert" role="alert">
            {t(result.status === 404 ? 'statsMissing' : apiErrorKey(result))}
          </p>
        ) : null}
      </div>
      {result?.ok ? (
        <div className={loading ? 'stats__report stats__report--loading' : 'stats__report'}>
          <StatsReportView report={result.value} office={office} format={format} />
        </div>
      ) : null}
    </div>
  );
}
