import type { LocalizedText } from '@aufruf/core';
import { z } from 'zod';
import { followUrl } from './messages.ts';
import type { DrawReply, PublicOffice } from './messages.ts';

const timeZoneSchema = z.string().refine((zone) => {
  try {
    new Intl.DateTimeFormat('de-DE', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}, 'unknown time zone');

/**
 * What a printed ticket shows; validated where it crosses a process boundary (kiosk renderer → main).
 * Made by {@link ticketPrintJob} only, and turned into words and lines by the printer package's
 * `ticketDocument`, for paper and for the kiosk's picture of the paper alike.
 */
export const ticketPrintSchema = z.strictObject({
  officeName: z.string().max(80),
  number: z.strictObject({ letter: z.string().min(1).max(3), number: z.number().int().nonnegative() }),
  errandName: z.string().max(120),
  drawnAt: z.number().int(),
  timeZone: timeZoneSchema,
  ahead: z.number().int().nonnegative().max(9999),
  estimate: z
    .strictObject({
      minMinutes: z.number().int().nonnegative(),
      maxMinutes: z.number().int().nonnegative(),
      pastClosing: z.literal(true).optional(),
    })
    .nullable()
    .optional(),
  followUrl: z.url({ protocol: /^https?$/ }).max(300),
  advice: z.string().max(200).optional(),
  /**
   * The visitor's language and the texts in it. The printer uses them when its code page has every
   * letter (German, English, Turkish, Ukrainian); otherwise, and for Arabic, the German ticket prints.
   */
  localized: z
    .strictObject({
      language: z.enum(['de', 'en', 'tr', 'ar', 'uk']),
      errandName: z.string().max(120),
      advice: z.string().max(200).optional(),
    })
    .optional(),
});

/** A ticket to print. */
export type TicketPrint = z.infer<typeof ticketPrintSchema>;

type PrintLanguage = NonNullable<TicketPrint['localized']>['language'];

const clip = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * The words of a ticket that come from the office's setup: the errand's German name and advice line,
 * and the same in the visitor's language (the printer prints that where its code page can). Shared by
 * the kiosk's own printer and the hub's, so both print the same ticket. Names over the schema's
 * limits are shortened: a shortened name on paper is better than no ticket at all.
 */
export function ticketTexts(
  office: Pick<PublicOffice, 'errands' | 'texts'>,
  errandId: string,
  language: PrintLanguage = 'de',
): Pick<TicketPrint, 'errandName' | 'advice' | 'localized'> {
  const errand = office.errands.find((e) => e.id === errandId);
  const advice = office.texts.advice;
  const inLanguage = (text: LocalizedText | undefined): string | undefined =>
    text ? (text[language] ?? text.de) : undefined;
  const localizedAdvice = inLanguage(advice);
  return {
    errandName: clip(errand?.name.de ?? errandId, 120),
    ...(advice ? { advice: clip(advice.de, 200) } : {}),
    ...(language === 'de'
      ? {}
      : {
          localized: {
            language,
            errandName: clip(inLanguage(errand?.name) ?? errandId, 120),
            ...(localizedAdvice ? { advice: clip(localizedAdvice, 200) } : {}),
          },
        }),
  };
}

// The schema's limit on the office name: the Electron main process refuses a job over it.
const MAX_OFFICE_NAME = 80;

/**
 * The one print job of a drawn number, made from the draw's reply: the kiosk prints it on its own
 * printer and shows it as the paper on its screen, and the hub's printer prints the same job from the
 * reply it stored. The errand in German and in the visitor's language (printed where the printer's
 * code page can), the people ahead and the wait as told at the draw, the follow address of the QR code.
 */
export function ticketPrintJob(
  draw: Pick<DrawReply, 'ticket' | 'ahead' | 'estimate' | 'followToken'>,
  office: Pick<PublicOffice, 'name' | 'errands' | 'texts' | 'timeZone' | 'publicUrl'>,
  language: PrintLanguage = 'de',
): TicketPrint {
  const { ticket, estimate } = draw;
  return {
    officeName: clip(office.name, MAX_OFFICE_NAME),
    number: { letter: ticket.letter, number: ticket.number },
    ...ticketTexts(office, ticket.errandId, language),
    drawnAt: ticket.drawnAt,
    timeZone: office.timeZone,
    ahead: draw.ahead,
    // Only the range and the closing-time warning go on paper; the schema refuses anything more.
    estimate: estimate && {
      minMinutes: estimate.minMinutes,
      maxMinutes: estimate.maxMinutes,
      ...(estimate.pastClosing ? { pastClosing: true } : {}),
    },
    followUrl: followUrl(office, draw.followToken),
  };
}
