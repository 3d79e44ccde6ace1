import type { LocalizedText } from '@aufruf/core';

import type { Language } from '@aufruf/wording';

// The languages live with the shared visitor words; the screens keep importing them from here.
export { directionOf, isLanguage, languageNames, languages } from '@aufruf/wording';
export type { Language } from '@aufruf/wording';

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
