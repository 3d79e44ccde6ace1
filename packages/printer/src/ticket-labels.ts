import type { Language } from '@aufruf/wording';
import { CP857, CP858, CP866 } from './code-pages.ts';
import type { CodePage } from './code-pages.ts';

export type TicketLanguage = Extract<Language, 'de' | 'en' | 'tr' | 'uk'>;

/**
 * Languages a ticket can be printed in, each with the code page its letters need. Arabic has none:
 * thermal printers print Arabic letters unjoined and left to right, which nobody can read, so an
 * Arabic-speaking visitor gets the German ticket and the Arabic screen and phone page.
 */
export const ticketCodePages: Readonly<Record<TicketLanguage, CodePage>> = {
  de: CP858,
  en: CP858,
  tr: CP857,
  uk: CP866,
};

export const isTicketLanguage = (language: string): language is TicketLanguage =>
  Object.hasOwn(ticketCodePages, language);
