import { followUrl } from '@aufruf/protocol';
import type { DrawReply, PublicOffice, TicketPrint } from '@aufruf/protocol';

/** Limits of ticketPrintSchema, which the Electron main process enforces before it prints. */
const MAX_OFFICE_NAME = 80;
const MAX_ERRAND_NAME = 120;

// A name over the limit would make the main process refuse the whole job; a shortened name on paper
// is better than no ticket at all.
const clip = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * The paper ticket of a number this kiosk just drew, as the hub's printer would print it: German
 * errand name, the wait expected when it was drawn, the same follow address as the QR code on screen.
 */
export function ticketPrintJob(reply: DrawReply, office: PublicOffice): TicketPrint {
  const { ticket, estimate } = reply;
  const errand = office.errands.find((e) => e.id === ticket.errandId);
  return {
    officeName: clip(office.name, MAX_OFFICE_NAME),
    number: { letter: ticket.letter, number: ticket.number },
    errandName: clip(errand?.name.de ?? ticket.errandId, MAX_ERRAND_NAME),
    drawnAt: ticket.drawnAt,
    timeZone: office.timeZone,
    ahead: reply.ahead,
    // Only the range goes on paper; the schema refuses anything more.
    estimate: estimate && { minMinutes: estimate.minMinutes, maxMinutes: estimate.maxMinutes },
    followUrl: followUrl(office, reply.followToken),
  };
}
