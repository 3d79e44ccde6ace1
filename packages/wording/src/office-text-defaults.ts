import type { Language } from './languages.ts';
import { ticketWords } from './ticket-words.ts';

/**
 * What screens and tickets say where the office has written no text of its own: the display's line
 * under the calls (the ticker) and the ticket's advice. The admin page shows the same words as the
 * defaults of its empty fields.
 */
export const officeTextDefaults: Readonly<Record<'ticker' | 'advice', Readonly<Record<Language, string>>>> = {
  ticker: {
    de: 'Sie können im Saal nebenan warten – Ihre Nummer wird dort ebenfalls angezeigt',
    en: 'You may wait in the hall next door – your number is shown there as well',
    tr: 'Yan salonda da bekleyebilirsiniz – numaranız orada da gösterilir',
    ar: 'يمكنك الانتظار في القاعة المجاورة – يظهر رقمك هناك أيضًا',
    uk: 'Ви можете чекати в сусідньому залі – Ваш номер показують і там',
  },
  advice: {
    de: ticketWords.de.advice,
    en: ticketWords.en.advice,
    tr: ticketWords.tr.advice,
    ar: ticketWords.ar.advice,
    uk: ticketWords.uk.advice,
  },
};
