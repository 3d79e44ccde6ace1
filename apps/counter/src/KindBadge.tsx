import type { Ticket } from '@aufruf/core';
import { useI18n } from './i18n-context.ts';

/** "Vorrang" or "Termin" beside a ticket that is not a normal walk-in number. */
export function KindBadge({ ticket }: { ticket: Ticket }) {
  const { t } = useI18n();
  if (ticket.kind !== 'priority' && ticket.kind !== 'appointment') return null;
  return (
    <span className={`kind-badge kind-badge--${ticket.kind}`}>
      {t(ticket.kind === 'priority' ? 'kindPriority' : 'kindAppointment')}
    </span>
  );
}
