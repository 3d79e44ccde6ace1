import { CP857, CP858, CP866 } from './code-pages.ts';
import type { CodePage } from './code-pages.ts';

/** The fixed words of a ticket; `{count}`, `{min}`, `{max}` are filled in. */
export interface TicketLabels {
  readonly yourNumber: string;
  readonly ahead: string;
  readonly estimateRange: string;
  readonly estimateExact: string;
  readonly advice: string;
  readonly dateLocale: string;
}

export type TicketLanguage = 'de' | 'en' | 'tr' | 'uk';

/**
 * Languages a ticket can be printed in, each with the code page its letters need. Arabic has none:
 * thermal printers print Arabic letters unjoined and left to right, which nobody can read, so an
 * Arabic-speaking visitor gets the German ticket and the Arabic screen and phone page.
 */
export const ticketLanguages: Readonly<Record<TicketLanguage, { labels: TicketLabels; page: CodePage }>> = {
  de: {
    page: CP858,
    labels: {
      yourNumber: 'Ihre Nummer',
      ahead: 'Vor Ihnen: {count}',
      estimateRange: 'Geschätzte Wartezeit: ca. {min}–{max} Minuten',
      estimateExact: 'Geschätzte Wartezeit: ca. {min} Minuten',
      advice: 'Sie können den Warteraum verlassen – verfolgen Sie Ihre Nummer per QR-Code.',
      dateLocale: 'de-DE',
    },
  },
  en: {
    page: CP858,
    labels: {
      yourNumber: 'Your number',
      ahead: 'Ahead of you: {count}',
      estimateRange: 'Estimated wait: about {min}–{max} minutes',
      estimateExact: 'Estimated wait: about {min} minutes',
      advice: 'You may leave the waiting room – follow your number with the QR code.',
      dateLocale: 'en-GB',
    },
  },
  tr: {
    page: CP857,
    labels: {
      yourNumber: 'Numaranız',
      ahead: 'Önünüzde: {count}',
      estimateRange: 'Tahmini bekleme süresi: yaklaşık {min}–{max} dakika',
      estimateExact: 'Tahmini bekleme süresi: yaklaşık {min} dakika',
      advice: 'Bekleme salonundan ayrılabilirsiniz – numaranızı QR kodu ile takip edin.',
      dateLocale: 'tr-TR',
    },
  },
  uk: {
    page: CP866,
    labels: {
      yourNumber: 'Ваш номер',
      ahead: 'Перед Вами: {count}',
      estimateRange: 'Орієнтовне очікування: близько {min}–{max} хвилин',
      estimateExact: 'Орієнтовне очікування: близько {min} хвилин',
      advice: 'Ви можете вийти із зали очікування – стежте за номером через QR-код.',
      dateLocale: 'uk-UA',
    },
  },
};

export const isTicketLanguage = (language: string): language is TicketLanguage =>
  Object.hasOwn(ticketLanguages, language);
