import { formatTicketNumber } from '@aufruf/core';
import type { PrintJob } from './preview-printer.ts';

const WIDTH = 42; // characters per line of an 80 mm thermal printer in its default font, with margin

const center = (text: string): string => {
  const pad = Math.max(0, Math.floor((WIDTH - text.length) / 2));
  return `${' '.repeat(pad)}${text}`;
};

/** The ticket as plain text, line by line as it would come out of the printer. */
export function ticketText({ ticket, ahead, office }: PrintJob): string {
  const errand = office.errands.find((e) => e.id === ticket.errandId);
  const when = new Intl.DateTimeFormat('de-DE', {
    timeZone: office.timeZone,
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(ticket.drawnAt);
  return [
    center(office.name),
    '-'.repeat(WIDTH),
    center('Ihre Nummer'),
    center(formatTicketNumber(ticket, { pad: true, separator: ' ' })),
    center(errand?.name.de ?? ''),
    '',
    center(when),
    center(`Vor Ihnen: ${ahead}`),
    '-'.repeat(WIDTH),
    center('Bitte achten Sie auf die Anzeige.'),
    '',
  ].join('\n');
}
