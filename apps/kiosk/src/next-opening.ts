import { nextOpening } from '@aufruf/core';
import type { OfficeSetup, Weekday } from '@aufruf/core';
import { weekdays } from '@aufruf/core';
import type { Language } from '@aufruf/ui';
import { ticketWords } from '@aufruf/wording';
import type { Translate } from './i18n.ts';

// Monday 2026-11-23: the weekday's name is that of this Monday plus its index.
const A_MONDAY = Date.UTC(2026, 10, 23, 12);

const weekdayName = (weekday: Weekday, language: Language): string =>
  new Intl.DateTimeFormat(ticketWords[language].dateLocale, { weekday: 'long', timeZone: 'UTC' }).format(
    A_MONDAY + weekdays.indexOf(weekday) * 86_400_000,
  );

/** "Nummern wieder morgen ab 08:00 Uhr", or null when the office has no hours (numbers any time). */
export function nextOpeningText(
  office: Pick<OfficeSetup, 'hours' | 'timeZone' | 'exceptions'>,
  now: number,
  language: Language,
  t: Translate,
): string | null {
  const next = nextOpening(office, now);
  if (!next) return null;
  if (next.daysAhead === 0) return t('nextOpeningToday', { from: next.from });
  if (next.daysAhead === 1) return t('nextOpeningTomorrow', { from: next.from });
  const weekday = weekdayName(next.weekday, language);
  if (next.daysAhead < 7) return t('nextOpeningOn', { weekday, from: next.from });
  // A week or more away (holidays in between): the date too, or "Donnerstag" would mean this week's.
  const date = new Intl.DateTimeFormat(ticketWords[language].dateLocale, {
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(Date.parse(`${next.date}T12:00:00Z`));
  return t('nextOpeningOnDate', { weekday, date, from: next.from });
}
