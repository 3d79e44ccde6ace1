import type { LocalizedText } from '@aufruf/core';

/** Languages the screens speak; German is the office's language and the fallback for everything. */
export type Language = 'de' | 'en' | 'tr' | 'ar' | 'uk';
export const languages: readonly Language[] = ['de', 'en', 'tr', 'ar', 'uk'];

/** Writing direction: Arabic reads right to left; pages set `dir` on <html> from this. */
export const directionOf = (language: Language): 'ltr' | 'rtl' => (language === 'ar' ? 'rtl' : 'ltr');

/** Each language's name written in that language, for language switches. */
export const languageNames: Readonly<Record<Language, string>> = {
  de: 'Deutsch',
  en: 'English',
  tr: 'Türkçe',
  ar: 'العربية',
  uk: 'Українська',
};

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (languages as readonly string[]).includes(value);

type Params = Readonly<Record<string, string | number>>;

/**
 * A translator over typed catalogs: `catalogs.de` defines the keys, and every language must have
 * every one of them (checked by the compiler), so no screen falls back to German word by word.
 * `{name}` placeholders are filled from params.
 */
export function createTranslator<K extends string>(
  catalogs: Readonly<Record<Language, Readonly<Record<K, string>>>>,
  language: Language,
): (key: K, params?: Params) => string {
  const catalog = catalogs[language];
  return (key, params) => {
    const text = catalog[key];
    return params ? text.replace(/\{(\w+)\}/g, (match, name: string) => String(params[name] ?? match)) : text;
  };
}

/** Picks the visitor's language from a localized config text, falling back to German. */
export function localized(text: LocalizedText | undefined, language: Language): string {
  if (!text) return '';
  return text[language] ?? text.de;
}
