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
