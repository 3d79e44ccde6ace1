import { formatTicketNumber } from '@aufruf/core';

/** "Ihre Nummer" over the number, as one phrase for screen readers: "Ihre Nummer A 17". */
export function Ticket({ ticket, label }: { ticket: { letter: string; number: number }; label: string }) {
  return (
    <>
      <span class="ticket-label">{label}</span>{' '}
      <span class="ticket-number">{formatTicketNumber(ticket)}</span>
    </>
  );
}
