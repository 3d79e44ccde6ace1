import type { WaitEstimate } from '@aufruf/core';
import type { Language } from './languages.ts';

/** The ways a wait is said; `{min}`, `{max}` are filled in, already in the unit of the template. */
interface WaitWords {
  /** A range from zero: "unter 15 Minuten". */
  readonly under: string;
  readonly range: string;
  /** The range's lower end, when the upper one is beyond two hours. */
  readonly over: string;
  readonly underHours: string;
  readonly rangeHours: string;
  readonly aboutHours: string;
  readonly overHours: string;
  readonly overOneHour: string;
  readonly overTwoHours: string;
  /** The noun after a number of minutes or hours, where the language's grammar needs a choice. */
  readonly minutes?: (count: number) => string;
  readonly hours?: (count: number) => string;
  readonly decimal: ',' | '.';
}

// Arabic counts 3–10 take the plural, 11 and more (and fractions) the singular.
const arabicNoun =
  (singular: string, plural: string) =>
  (count: number): string =>
    Number.isInteger(count) && count % 100 >= 3 && count % 100 <= 10 ? plural : singular;

const words: Readonly<Record<Language, WaitWords>> = {
  de: {
    under: 'unter {max} Minuten',
    range: 'ca. {min}–{max} Minuten',
    over: 'über {min} Minuten',
    underHours: 'unter {max} Stunden',
    rangeHours: 'ca. {min}–{max} Stunden',
    aboutHours: 'ca. {max} Stunden',
    overHours: 'über {min} Stunden',
    overOneHour: 'über 1 Stunde',
    overTwoHours: 'über 2 Stunden',
    decimal: ',',
  },
  en: {
    under: 'under {max} minutes',
    range: 'about {min}–{max} minutes',
    over: 'over {min} minutes',
    underHours: 'under {max} hours',
    rangeHours: 'about {min}–{max} hours',
    aboutHours: 'about {max} hours',
    overHours: 'over {min} hours',
    overOneHour: 'over 1 hour',
    overTwoHours: 'over 2 hours',
    decimal: '.',
  },
  tr: {
    under: '{max} dakikadan az',
    range: 'yaklaşık {min}–{max} dakika',
    over: '{min} dakikadan fazla',
    underHours: '{max} saatten az',
    rangeHours: 'yaklaşık {min}–{max} saat',
    aboutHours: 'yaklaşık {max} saat',
    overHours: '{min} saatten fazla',
    overOneHour: '1 saatten fazla',
    overTwoHours: '2 saatten fazla',
    decimal: ',',
  },
  ar: {
    under: 'أقل من {max} {minutes}',
    range: 'حوالي {min}–{max} {minutes}',
    over: 'أكثر من {min} {minutes}',
    underHours: 'أقل من {max} {hours}',
    rangeHours: 'حوالي {min}–{max} {hours}',
    aboutHours: 'حوالي {max} {hours}',
    overHours: 'أكثر من {min} {hours}',
    overOneHour: 'أكثر من ساعة',
    overTwoHours: 'أكثر من ساعتين',
    minutes: arabicNoun('دقيقة', 'دقائق'),
    hours: arabicNoun('ساعة', 'ساعات'),
    decimal: '.',
  },
  uk: {
    // Every count here ends in 0 or 5 (or is a fraction of an hour): "хвилин" and "години" fit them all.
    under: 'менше {max} хвилин',
    range: 'близько {min}–{max} хвилин',
    over: 'понад {min} хвилин',
    underHours: 'менше {max} години',
    rangeHours: 'близько {min}–{max} години',
    aboutHours: 'близько {max} години',
    overHours: 'понад {min} години',
    overOneHour: 'понад 1 годину',
    overTwoHours: 'понад 2 години',
    decimal: ',',
  },
};

const HOUR = 60;
const TWO_HOURS = 120;

/** Half hours, rounded down or up, so an hour figure never promises more than the range. */
const halfHoursDown = (minutes: number): number => Math.floor(minutes / 30) / 2;
const halfHoursUp = (minutes: number): number => Math.ceil(minutes / 30) / 2;

/**
 * A wait as every screen and every ticket says it, in one wording per language: "ca. 20–30 Minuten",
 * "unter 15 Minuten" for a range from zero (never "0 Minuten": nobody is called at once for sure),
 * minutes while the range starts below an hour, half hours above ("ca. 1–1,5 Stunden"), and
 * "über 2 Stunden" once even the lower end is beyond two hours.
 */
export function formatWait(
  estimate: Pick<WaitEstimate, 'minMinutes' | 'maxMinutes'>,
  language: Language,
): string {
  const w = words[language];
  const { minMinutes: min, maxMinutes: max } = estimate;
  const number = (n: number): string => String(n).replace('.', w.decimal);
  const fill = (template: string, values: { min?: number; max?: number }, unit: 'minutes' | 'hours') => {
    const last = values.max ?? values.min ?? 0;
    const noun = (unit === 'minutes' ? w.minutes : w.hours)?.(last) ?? '';
    return template
      .replace('{min}', number(values.min ?? 0))
      .replace('{max}', number(values.max ?? 0))
      .replace(`{${unit}}`, noun);
  };

  if (min >= TWO_HOURS) return w.overTwoHours;
  if (max > TWO_HOURS) {
    if (min <= 0) return fill(w.underHours, { max: halfHoursUp(max) }, 'hours');
    if (min < HOUR) return fill(w.over, { min }, 'minutes');
    const lower = halfHoursDown(min);
    return lower === 1 ? w.overOneHour : fill(w.overHours, { min: lower }, 'hours');
  }
  if (max <= HOUR || (min > 0 && min < HOUR)) {
    return fill(min <= 0 ? w.under : w.range, { min, max }, 'minutes');
  }
  if (min <= 0) return fill(w.underHours, { max: halfHoursUp(max) }, 'hours');
  const [lower, upper] = [halfHoursDown(min), halfHoursUp(max)];
  if (lower === upper) return fill(w.aboutHours, { max: upper }, 'hours');
  return fill(w.rangeHours, { min: lower, max: upper }, 'hours');
}
