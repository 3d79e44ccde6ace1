import { localeOf } from '@aufruf/ui';
import { formatClock, formatShortDate } from '@aufruf/ui';
import type { Language } from '@aufruf/ui';
import type { Translate } from './i18n.ts';

const MINUTE = 60_000;

/** A time span as staff read it: "< 1 Min.", "12 Min.", "1 Std. 5 Min.". */
export function formatDuration(ms: number, t: Translate): string {
  const minutes = Math.floor(Math.max(0, ms) / MINUTE);
  if (minutes < 1) return t('lessThanMinute');
  if (minutes < 60) return t('minutes', { m: minutes });
  return t('hours', { h: Math.floor(minutes / 60), m: minutes % 60 });
}

const numberFormats = new Map<Language, Intl.NumberFormat>();

/** A figure in minutes from the statistics, one decimal at most ("4,5"). */
export function formatNumber(value: number, language: Language): string {
  let format = numberFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: 1 });
    numberFormats.set(language, format);
  }
  return format.format(value);
}

/**
 * A duration figure of the statistics (minutes, to a tenth): under a minute in seconds ("45 s", not
 * "0,8 Min."), else in minutes ("4,5 Min.").
 */
export function formatMinutesFigure(minutes: number, language: Language, t: Translate): string {
  const seconds = Math.round(Math.max(0, minutes) * 60);
  if (seconds < 60) return t('secondsValue', { value: formatNumber(seconds, language) });
  return t('minutesValue', { value: formatNumber(minutes, language) });
}

/** "heute, 10:42" or "03.06.2025, 10:42", in the office's time zone. */
export function formatMoment(
  epochMs: number,
  now: number,
  timeZone: string,
  language: Language,
  t: Translate,
): string {
  const date = formatShortDate(epochMs, timeZone, language);
  const sameDay = date === formatShortDate(now, timeZone, language);
  return t('dateTime', { date: sameDay ? t('today') : date, time: formatClock(epochMs, timeZone, language) });
}
