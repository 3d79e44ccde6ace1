import type { Translate } from './i18n.ts';

const MINUTE = 60_000;

/** A waiting time as staff read it: "< 1 Min.", "12 Min.", "1 Std. 5 Min.". */
export function formatDuration(ms: number, t: Translate): string {
  const minutes = Math.floor(Math.max(0, ms) / MINUTE);
  if (minutes < 1) return t('lessThanMinute');
  if (minutes < 60) return t('minutes', { m: minutes });
  return t('hours', { h: Math.floor(minutes / 60), m: minutes % 60 });
}

/** "seit 2 Min." for a moment in the past; "gerade eben" within the first minute. */
export function formatSince(ms: number, t: Translate): string {
  return ms < MINUTE ? t('justNow') : t('since', { duration: formatDuration(ms, t) });
}
