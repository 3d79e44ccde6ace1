import type { Ticket } from '@aufruf/core';
import { formatTicketNumber } from '@aufruf/core';

/** A picture of the paper ticket, as the printer lays it out: padded number, errand, time, people ahead. */
export function TicketPreview({
  caption,
  label,
  officeName,
  ticket,
  errandName,
  time,
  ahead,
  footer,
}: {
  caption: string;
  label: string;
  officeName: string;
  ticket: Ticket;
  errandName: string;
  time: string;
  ahead: string;
  footer: string;
}) {
  return (
    <figure className="paper">
      <figcaption className="paper-caption">{caption}</figcaption>
      <div className="paper-ticket">
        <p className="paper-office">{officeName}</p>
        <p className="paper-label">{label}</p>
        <p className="paper-number">{formatTicketNumber(ticket, { pad: true, separator: ' ' })}</p>
        <p className="paper-errand">{errandName}</p>
        <p className="paper-line">{time}</p>
        <p className="paper-line">{ahead}</p>
        <p className="paper-footer">{footer}</p>
      </div>
    </figure>
  );
}
