import type { WaitEstimate } from '@aufruf/core';
import type { Language } from './i18n.ts';

const short = {
  de: { range: 'ca. {min}–{max} Min.', upTo: 'unter {max} Min.' },
  en: { range: 'about {min}–{max} min', upTo: 'under {max} min' },
} as const;

const long = {
  de: { range: 'ca. {min}–{max} Minuten', upTo: 'unter {max} Minuten' },
  en: { range: 'about {min}–{max} minutes', upTo: 'under {max} minutes' },
} as const;

/**
 * A wait as people read it: "ca. 20–30 Min." (short, for tiles and strips) or "ca. 20–30 Minuten".
 * A range starting at 0 reads "unter 5 Min.": "0–5" would promise a call at once.
 */
export function formatWait(
  estimate: WaitEstimate,
  language: Language,
  form: 'short' | 'long' = 'short',
): string {
  const texts = (form === 'short' ? short : long)[language in short ? language : 'de'];
  const template = estimate.minMinutes === 0 ? texts.upTo : texts.range;
  return template.replace('{min}', String(estimate.minMinutes)).replace('{max}', String(estimate.maxMinutes));
}
