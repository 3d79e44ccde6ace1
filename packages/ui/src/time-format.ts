import type { Language } from './i18n.ts';

// Latin digits in every language: ticket numbers and clocks then read the same on every screen.
const LOCALES: Record<Language, string> = {
  de: 'de-DE',
  en: 'en-GB',
  tr: 'tr-TR',
  ar: 'ar-u-nu-latn',
  uk: 'uk-UA',
};
/** The Intl locale of a language (Latin digits everywhere). */
export const localeOf = (language: Language): string => LOCALES[language];

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(
  language: Language,
  timeZone: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${language}|${timeZone}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[language], { ...options, timeZone });
    cache.set(key, format);
  }
  return format;
}

/** Time of day in the office's time zone, "10:42". */
export const formatClock = (epochMs: number, timeZone: string, language: Language): string =>
  formatter(language, timeZone, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(epochMs);

/** The day, written out: "Dienstag, 24. November". */
export const formatLongDate = (epochMs: number, timeZone: string, language: Language): string =>
  formatter(language, timeZone, { weekday: 'long', day: 'numeric', month: 'long' }).format(epochMs);

/** The day in digits, as on a printed ticket: "24.11.2025". */
export const formatShortDate = (epochMs: number, timeZone: string, language: Language): string =>
  formatter(language, timeZone, { day: '2-digit', month: '2-digit', year: 'numeric' }).format(epochMs);
