import type { WaitEstimate } from '@aufruf/core';
import type { Translate } from './i18n.ts';

/** "ca. 20–30 Minuten"; a range that starts at zero reads "bis ca. 5 Minuten". */
export function estimateText(estimate: WaitEstimate, t: Translate): string {
  const { minMinutes: min, maxMinutes: max } = estimate;
  if (min >= max) return t('estimateAbout', { minutes: max });
  if (min <= 0) return t('estimateUpTo', { max });
  return t('estimateRange', { min, max });
}
