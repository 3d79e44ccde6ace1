import type { LocalizedText } from '@aufruf/core';
import type { Language } from '@aufruf/ui';

/**
 * The language an office text is actually written in: the visitor's where the office translated it,
 * else German (`localized` falls back to it). Screen readers and the speech engine need to know, or
 * they read a German errand name with an Arabic voice (WCAG 3.1.2).
 */
export const languageOf = (text: LocalizedText | undefined, language: Language): Language =>
  text?.[language] === undefined ? 'de' : language;
