import type { StatsReport } from '@aufruf/protocol';
import { useI18n } from '../i18n-context.ts';
import type { MessageKey } from '../i18n.ts';
import { Minutes } from './Minutes.tsx';

/** The period at a glance: how many came, were served, did not come or were left at day close. */
export function StatsTotals({ report }: { report: StatsReport }) {
  const { t } = useI18n();
  const counts: [MessageKey, number][] = [
    ['totalTickets', report.totals.tickets],
    ['totalServed', report.totals.served],
    ['totalNoShow', report.totals.noShow],
    ['totalExpired', report.totals.expired],
  ];
  const waits: [MessageKey, MessageKey, number | null][] = [
    ['waitMedian', 'waitMedianHint', report.waits.medianMinutes],
    ['waitP90', 'waitP90Hint', report.waits.p90Minutes],
    ['waitMax', 'waitMaxHint', report.waits.maxMinutes],
  ];
  return (
    <div className="totals">
      <section className="card" aria-labelledby="stats-totals">
        <h3 id="stats-totals" className="card__title">
          {t('totalsTitle')}
        </h3>
        <dl className="figures">
          {counts.map(([label, value]) => (
            <div key={label} className="figures__item">
              <dt>{t(label)}</dt>
              <dd className="figures__value">{value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section className="card" aria-labelledby="stats-waits">
        <h3 id="stats-waits" className="card__title">
          {t('waitsTitle')}
        </h3>
        <dl className="figures">
          {waits.map(([label, hint, value]) => (
            <div key={label} className="figures__item">
              <dt>{t(label)}</dt>
              <dd className="figures__value">
                <Minutes value={value} />
              </dd>
              <dd className="figures__hint">{t(hint)}</dd>
            </div>
          ))}
        </dl>
      </section>
    </div>
  );
}
