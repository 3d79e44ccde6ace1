import { formatTicketNumber } from '@aufruf/core';

/** A ticket number as screens show it: "A 17", letter and number never broken across lines. */
export function TicketNumber({
  ticket,
  className,
}: {
  ticket: { letter: string; number: number };
  className?: string;
}) {
  return (
    <span className={className} style={{ whiteSpace: 'nowrap' }}>
      {formatTicketNumber(ticket)}
    </span>
  );
}
