import type { WaitEstimate } from '@aufruf/core';
import type { Language } from './i18n.ts';

type Texts = Readonly<Record<Language, { readonly range: string; readonly upTo: string }>>;

const short: Texts = {
  de: { range: 'ca. {min}–{max} Min.', upTo: 'unter {max} Min.' },
  en: { range: 'about {min}–{max} min', upTo: 'under {max} min' },
  tr: { range: 'yaklaşık {min}–{max} dk.', upTo: '{max} dakikadan az' },
  ar: { range: 'حوالي {min}–{max} دقيقة', upTo: 'أقل من {max} دقائق' },
  uk: { range: 'бл. {min}–{max} хв', upTo: 'менше {max} хв' },
};

const long: Texts = {
  de: { range: 'ca. {min}–{max} Minuten', upTo: 'unter {max} Minuten' },
  en: { range: 'about {min}–{max} minutes', upTo: 'under {max} minutes' },
  tr: { range: 'yaklaşık {min}–{max} dakika', upTo: '{max} dakikadan az' },
  ar: { range: 'حوالي {min}–{max} دقيقة', upTo: 'أقل من {max} دقائق' },
  uk: { range: 'близько {min}–{max} хвилин', upTo: 'менше {max} хвилин' },
};

/**
 * A wait as people read it: "ca. 20–30 Min." (short, for tiles and strips) or "ca. 20–30 Minuten".
 * A range starting at 0 reads "unter 5 Min.": "0–5" would promise a call at once.
 */
export function formatWait(
  estimate: WaitEstimate,
  language: Language,
  form: 'short' | 'long' = 'short',
): string {
  const texts = (form === 'short' ? short : long)[language];
  const template = estimate.minMinutes === 0 ? texts.upTo : texts.range;
  return template.replace('{min}', String(estimate.minMinutes)).replace('{max}', String(estimate.maxMinutes));
}
