import { useId, useState } from 'react';
import { formatTicketNumber, owedTickets } from '@aufruf/core';
import type { OfficeState, PrintFault } from '@aufruf/core';
import { reprintTicket } from '../admin-api.ts';
import { useAdmin } from '../admin-context.ts';
import { apiErrorKey } from '../api-error.ts';
import { useI18n } from '../i18n-context.ts';
import type { MessageKey } from '../i18n.ts';

const FAULTS: Readonly<Record<PrintFault, MessageKey>> = {
  'paper-out': 'faultPaperOut',
  'cover-open': 'faultCoverOpen',
  offline: 'faultOffline',
  error: 'faultError',
};

/**
 * Numbers whose paper did not come out ("A 014 nicht gedruckt: kein Papier"), each with "Neu drucken"
 * for when the printer is fixed; nothing when every drawn ticket came out.
 */
export function UnprintedTickets({ state }: { state: OfficeState }) {
  const { t } = useI18n();
  const { secret, onUnauthorized } = useAdmin();
  const id = useId();
  const [pending, setPending] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const owed = owedTickets(state);
  if (owed.length === 0 && message === null) return null;

  const reprint = (ticketId: string, number: string): void => {
    setPending(ticketId);
    setMessage(null);
    void reprintTicket(secret, ticketId).then((result) => {
      setPending(null);
      if (!result.ok) {
        if (result.status === 401) onUnauthorized();
        else setMessage(t(apiErrorKey(result)));
      } else if (result.value.printed) setMessage(t('reprinted', { number }));
      else setMessage(t('unprintedLine', { number, fault: t(FAULTS[result.value.reason ?? 'error']) }));
    });
  };

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="card__title">
        {t('unprintedTitle')}
      </h2>
      <ul className="printers">
        {owed.map((ticket) => {
          const number = formatTicketNumber(ticket, { separator: ' ' });
          const fault = t(FAULTS[ticket.unprinted?.fault ?? 'error']);
          return (
            <li key={ticket.id} className="printers__item printers__item--trouble">
              <span className="printers__name">{t('unprintedLine', { number, fault })}</span>
              <button
                type="button"
                className="button"
                disabled={pending !== null}
                aria-label={t('reprintTicket', { number })}
                onClick={() => reprint(ticket.id, number)}
              >
                {t('reprint')}
              </button>
            </li>
          );
        })}
      </ul>
      <p className="muted" role="status">
        {message}
      </p>
    </section>
  );
}
