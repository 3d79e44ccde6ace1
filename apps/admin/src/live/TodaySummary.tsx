import type { OfficeState } from '@aufruf/core';
import { useI18n } from '../i18n-context.ts';
import type { MessageKey } from '../i18n.ts';

/** One line of today's figures so far, from the live queue. */
export function TodaySummary({ state }: { state: OfficeState }) {
  const { t } = useI18n();
  const tickets = [...state.tickets.values()];
  const count = (status: string): number => tickets.filter((ticket) => ticket.status === status).length;
  const figures: [MessageKey, number][] = [
    ['summaryDrawn', tickets.length],
    ['summaryWaiting', count('waiting')],
    ['summaryServed', count('served')],
    ['summaryNoShow', count('no-show')],
  ];
  return (
    <section className="summary" aria-labelledby="today-summary">
      <h2 id="today-summary" className="summary__title">
        {t('todaySoFar')}
      </h2>
      <ul className="summary__list">
        {figures.map(([label, value]) => (
          <li key={label} className="summary__item">
            <span className="summary__value">{value}</span> {t(label)}
          </li>
        ))}
      </ul>
    </section>
  );
}
