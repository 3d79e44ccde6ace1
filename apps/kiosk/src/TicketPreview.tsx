import type { Ticket } from '@aufruf/core';
import { formatTicketNumber } from '@aufruf/core';
import { directionOf } from '@aufruf/ui';
import type { Language } from '@aufruf/ui';

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
  language,
}: {
  caption: string;
  label: string;
  officeName: string;
  ticket: Ticket;
  errandName: string;
  time: string;
  ahead: string;
  footer: string;
  /** The language printed on the paper, which may differ from the screen's (no Arabic on thermal paper). */
  language: Language;
}) {
  return (
    <figure className="paper">
      <figcaption className="paper-caption">{caption}</figcaption>
      {/* Its own language and direction: German paper on an Arabic screen still reads left to right. */}
      <div className="paper-ticket" lang={language} dir={directionOf(language)}>
        <p className="paper-office">{officeName}</p>
        <p className="paper-label">{label}</p>
        <p className="paper-number" dir="ltr">
          {formatTicketNumber(ticket, { pad: true, separator: ' ' })}
        </p>
        <p className="paper-errand">{errandName}</p>
        <p className="paper-line">{time}</p>
        <p className="paper-line">{ahead}</p>
        <p className="paper-footer">{footer}</p>
      </div>
    </figure>
  );
}
