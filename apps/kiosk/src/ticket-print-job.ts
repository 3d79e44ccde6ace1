import { followUrl, ticketTexts } from '@aufruf/protocol';
import type { DrawReply, PublicOffice, TicketPrint } from '@aufruf/protocol';
import type { Language } from '@aufruf/ui';

/** Limits of ticketPrintSchema, which the Electron main process enforces before it prints. */
const MAX_OFFICE_NAME = 80;

// A name over the limit would make the main process refuse the whole job; a shortened name on paper
// is better than no ticket at all.
const clip = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * The paper ticket of a number this kiosk just drew, as the hub's printer would print it: the errand
 * in German and in the visitor's language (printed where the printer's code page can), the wait
 * expected when it was drawn, the same follow address as the QR code on screen.
 */
export function ticketPrintJob(
  reply: DrawReply,
  office: PublicOffice,
  language: Language = 'de',
): TicketPrint {
  const { ticket, estimate } = reply;
  return {
    officeName: clip(office.name, MAX_OFFICE_NAME),
    number: { letter: ticket.letter, number: ticket.number },
    ...ticketTexts(office, ticket.errandId, language),
    drawnAt: ticket.drawnAt,
    timeZone: office.timeZone,
    ahead: reply.ahead,
    // Only the range goes on paper; the schema refuses anything more.
    estimate: estimate && { minMinutes: estimate.minMinutes, maxMinutes: estimate.maxMinutes },
    followUrl: followUrl(office, reply.followToken),
  };
}
