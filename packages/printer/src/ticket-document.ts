import { formatTicketNumber } from '@aufruf/core';
import type { TicketPrint } from '@aufruf/protocol';
import { aheadText, estimateLine, pastClosingText, ticketWords } from '@aufruf/wording';
import { CP858, printsIn } from './code-pages.ts';
import type { CodePage } from './code-pages.ts';
import { isTicketLanguage, ticketCodePages } from './ticket-labels.ts';
import type { TicketLanguage } from './ticket-labels.ts';

/**
 * A ticket as words, top to bottom: what the paper says, and what the kiosk's picture of the paper
 * says. Both are made from this, so they cannot differ.
 */
export interface TicketDocument {
  /** The language on paper: the visitor's where the printer's code page has every letter, else German. */
  readonly language: TicketLanguage;
  readonly page: CodePage;
  readonly officeName: string;
  readonly yourNumber: string;
  /** Padded, as printed: "A 042". */
  readonly number: string;
  readonly errandName: string;
  readonly drawnAt: string;
  /** "Vor Ihnen: 3". */
  readonly ahead: string;
  /** "Geschätzte Wartezeit: ca. 20–30 Minuten"; null without an estimate. */
  readonly estimate: string | null;
  /** The warning that the wait probably runs past closing time; null when it does not. */
  readonly pastClosing: string | null;
  /** What the QR code holds. */
  readonly followUrl: string;
  readonly advice: string;
}

/** The words of a print job; pure, so the kiosk's screen runs it as well as the printer. */
export function ticketDocument(job: TicketPrint): TicketDocument {
  const wanted = job.localized;
  if (wanted && isTicketLanguage(wanted.language)) {
    const page = ticketCodePages[wanted.language];
    const document = documentIn(job, wanted.language, page, wanted.errandName, wanted.advice);
    // The office name may stay German: the printer switches to CP858 for that one line.
    const words = [
      document.yourNumber,
      document.errandName,
      document.ahead,
      document.estimate ?? '',
      document.pastClosing ?? '',
      document.advice,
    ];
    if (words.every((text) => printsIn(text, page))) return document;
  }
  return documentIn(job, 'de', CP858, job.errandName, job.advice);
}

function documentIn(
  job: TicketPrint,
  language: TicketLanguage,
  page: CodePage,
  errandName: string,
  advice: string | undefined,
): TicketDocument {
  const words = ticketWords[language];
  return {
    language,
    page,
    officeName: job.officeName,
    yourNumber: words.yourNumber,
    number: formatTicketNumber(job.number, { pad: true, separator: ' ' }),
    errandName,
    drawnAt: formatDrawnAt(job.drawnAt, job.timeZone, words.dateLocale),
    ahead: aheadText(job.ahead, language),
    estimate: job.estimate ? estimateLine(job.estimate, language) : null,
    pastClosing: pastClosingText(job.estimate ?? null, language),
    followUrl: job.followUrl,
    advice: advice ?? words.advice,
  };
}

/** "26.11.2026, 09:14" in the office's time zone, whatever the machine's zone is. */
function formatDrawnAt(at: number, timeZone: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(at);
}
