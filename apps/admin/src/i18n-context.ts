import { createContext, use } from 'react';
import type { Language } from '@aufruf/ui';
import { translatorFor } from './i18n.ts';
import type { Translate } from './i18n.ts';

export interface I18n {
  readonly language: Language;
  readonly t: Translate;
}

export const I18nContext = createContext<I18n>({ language: 'de', t: translatorFor('de') });

/** The current language and its translator. */
export const useI18n = (): I18n => use(I18nContext);
