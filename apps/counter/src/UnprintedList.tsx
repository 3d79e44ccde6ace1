import type { OfficeState, PrintFault } from '@aufruf/core';
import { formatTicketNumber, owedTickets } from '@aufruf/core';
import type { Ack, PrintReply } from '@aufruf/protocol';
import { useState } from 'react';
import { commandErrorText } from './command-error.ts';
import { useI18n } from './i18n-context.ts';
import type { MessageKey } from './i18n.ts';
import { PROBLEMS } from './PrinterStatus.tsx';

/** A fault in the words the printer line of the top bar uses ("kein Papier"); every fault has some. */
const faultKey = (fault: PrintFault): MessageKey => PROBLEMS[fault] ?? 'printerError';

/**
 * Numbers that exist but whose paper did not come out ("A 014 nicht gedruckt: kein Papier"), each
 * with "Neu drucken": once paper is back, the visitor gets the ticket from the kiosk it was drawn at.
 */
export function UnprintedList({
  state,
  onReprint,
}: {
  state: OfficeState;
  onReprint: (ticketId: string) => Promise<Ack<PrintReply>>;
}) {
  const { t } = useI18n();
  const [pending, setPending] = useState<ReadonlySet<string>>(new Set());
  const [message, setMessage] = useState<string | null>(null);
  const owed = owedTickets(state);
  if (owed.length === 0 && message === null) return null;

  const reprint = (ticketId: string, number: string): void => {
    setPending((current) => new Set(current).add(ticketId));
    setMessage(null);
    void onReprint(ticketId).then((reply) => {
      setPending((current) => new Set([...current].filter((id) => id !== ticketId)));
      if (!reply.ok) setMessage(commandErrorText(reply.error, t));
      else if (reply.value.printed) setMessage(t('reprinted', { number }));
      else setMessage(t('unprintedLine', { number, fault: t(faultKey(reply.value.reason ?? 'error')) }));
    });
  };

  return (
    <section className="unprinted" aria-labelledby="unprinted-title">
      <h3 id="unprinted-title" className="side__subheading">
        {t('unprintedTitle')}
      </h3>
      <ul className="unprinted__list">
        {owed.map((ticket) => {
          const number = formatTicketNumber(ticket, { separator: ' ' });
          const fault = t(faultKey(ticket.unprinted?.fault ?? 'error'));
          return (
            <li key={ticket.id} className="unprinted__item">
              <span className="unprinted__text">{t('unprintedLine', { number, fault })}</span>
              <button
                type="button"
                className="waiting__call"
                disabled={pending.has(ticket.id)}
                aria-label={t('reprintTicket', { number })}
                onClick={() => reprint(ticket.id, number)}
              >
                {t('reprint')}
              </button>
            </li>
          );
        })}
      </ul>
      <p className="unprinted__message" role="status">
        {message}
      </p>
    </section>
  );
}
