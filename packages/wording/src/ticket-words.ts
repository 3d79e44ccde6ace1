import type { WaitEstimate } from '@aufruf/core';
import type { Language } from './languages.ts';
import { formatWait } from './wait.ts';

/** The fixed words of a ticket, wherever it is shown: on paper, on the kiosk's screen, on the phone. */
export interface TicketWords {
  readonly yourNumber: string;
  /** "Vor Ihnen" – people the visitor's places call first; followed by ": {count}". */
  readonly ahead: string;
  readonly estimateLabel: string;
  /** The advice line when the office has not written its own. */
  readonly advice: string;
  /** Said under the wait when it probably runs past closing time (the errand's cut-off warns). */
  readonly pastClosing: string;
  /** The locale dates and times are written in. */
  readonly dateLocale: string;
}

export const ticketWords: Readonly<Record<Language, TicketWords>> = {
  de: {
    yourNumber: 'Ihre Nummer',
    ahead: 'Vor Ihnen',
    estimateLabel: 'Geschätzte Wartezeit',
    advice: 'Sie können den Warteraum verlassen – verfolgen Sie Ihre Nummer per QR-Code.',
    pastClosing: 'Ihre Wartezeit reicht voraussichtlich über das Ende der Öffnungszeit hinaus.',
    dateLocale: 'de-DE',
  },
  en: {
    yourNumber: 'Your number',
    ahead: 'Ahead of you',
    estimateLabel: 'Estimated wait',
    advice: 'You may leave the waiting room – follow your number with the QR code.',
    pastClosing: 'Your wait will probably run past closing time.',
    dateLocale: 'en-GB',
  },
  tr: {
    yourNumber: 'Numaranız',
    ahead: 'Önünüzde',
    estimateLabel: 'Tahmini bekleme süresi',
    advice: 'Bekleme salonundan ayrılabilirsiniz – numaranızı QR kodu ile takip edin.',
    pastClosing: 'Bekleme süreniz muhtemelen mesai bitiminden sonraya uzayacak.',
    dateLocale: 'tr-TR',
  },
  ar: {
    yourNumber: 'رقمك',
    ahead: 'قبلك',
    estimateLabel: 'مدة الانتظار المتوقعة',
    advice: 'يمكنك مغادرة قاعة الانتظار – تابع رقمك عبر رمز QR.',
    pastClosing: 'من المرجح أن يمتد انتظارك إلى ما بعد انتهاء ساعات العمل.',
    dateLocale: 'ar-u-nu-latn',
  },
  uk: {
    yourNumber: 'Ваш номер',
    ahead: 'Перед Вами',
    estimateLabel: 'Орієнтовний час очікування',
    advice: 'Ви можете вийти із зали очікування – стежте за номером через QR-код.',
    pastClosing: 'Ваше очікування, імовірно, триватиме довше, ніж до кінця робочого часу.',
    dateLocale: 'uk-UA',
  },
};

/** "Vor Ihnen: 4" in the visitor's language. */
export const aheadText = (count: number, language: Language): string =>
  `${ticketWords[language].ahead}: ${count}`;

/** "Geschätzte Wartezeit: ca. 20–30 Minuten" in the visitor's language. */
export const estimateLine = (
  estimate: Pick<WaitEstimate, 'minMinutes' | 'maxMinutes'>,
  language: Language,
): string => `${ticketWords[language].estimateLabel}: ${formatWait(estimate, language)}`;

/** The warning for a wait past closing time, or null; every screen and the paper say it the same way. */
export const pastClosingText = (
  estimate: Pick<WaitEstimate, 'pastClosing'> | null,
  language: Language,
): string | null => (estimate?.pastClosing === true ? ticketWords[language].pastClosing : null);
