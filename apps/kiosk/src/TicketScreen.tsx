import { formatTicketNumber } from '@aufruf/core';
import type { DrawReply, PublicOffice } from '@aufruf/protocol';
import { ErrandBadge, charsStyle, formatClock, formatShortDate, localized } from '@aufruf/ui';
import type { Language } from '@aufruf/ui';
import { TicketPreview } from './TicketPreview.tsx';
import type { Translate } from './i18n.ts';
import { useCountdown } from './use-countdown.ts';
import type { PrintStatus } from './use-draw.ts';

/** Seconds the number stays on screen: long enough to read it, short enough for the next visitor. */
const SHOW_SECONDS = 15;
/** Without a paper ticket the visitor needs time to note the number. */
const SHOW_SECONDS_UNPRINTED = 30;

/** The drawn number, huge, with everything the visitor needs to know; returns to the start by itself. */
export function TicketScreen({
  office,
  reply,
  print,
  language,
  t,
  onDone,
}: {
  office: PublicOffice;
  reply: DrawReply;
  print: PrintStatus;
  language: Language;
  t: Translate;
  onDone: () => void;
}) {
  const { ticket, ahead } = reply;
  const failed = print.state === 'failed';
  const total = failed ? SHOW_SECONDS_UNPRINTED : SHOW_SECONDS;
  const left = useCountdown(total, onDone);

  const number = formatTicketNumber(ticket);
  const index = office.errands.findIndex((e) => e.id === ticket.errandId);
  const errandName = localized(office.errands[index]?.name, language);
  const date = formatShortDate(ticket.drawnAt, office.timeZone, language);
  const time = formatClock(ticket.drawnAt, office.timeZone, language);

  return (
    <main className="ticket-screen">
      <section className="ticket-card" aria-labelledby="ticket-label">
        <h1 id="ticket-label" className="ticket-label">
          {t('yourNumber')}
        </h1>
        <p className="ticket-number" style={charsStyle(number, 4)}>
          {number}
        </p>
        <p className="ticket-errand">
          <ErrandBadge letter={ticket.letter} index={Math.max(index, 0)} />
          <span>{errandName}</span>
        </p>
        <p className="ticket-ahead">{t('ahead', { count: ahead })}</p>
        <p className="ticket-time">{t('drawnAt', { date, time })}</p>
      </section>

      <section className={failed ? 'ticket-print is-failed' : 'ticket-print'}>
        <div className="ticket-print-status" role="status">
          <p className={`print-line is-${print.state}`}>
            {print.state === 'printing'
              ? t('printing')
              : print.state === 'printed'
                ? t('takeTicket')
                : t('printFailed')}
          </p>
          {failed && print.reason ? <p className="print-reason">{print.reason}</p> : null}
          <p className="print-remember">{t('rememberNumber')}</p>
        </div>
        {failed ? null : (
          <TicketPreview
            caption={t('ticketPreview')}
            label={t('yourNumber')}
            officeName={office.name}
            ticket={ticket}
            errandName={errandName}
            time={t('ticketTime', { date, time })}
            ahead={t('ticketAhead', { count: ahead })}
            footer={t('ticketFooter')}
          />
        )}
      </section>

      <footer className="ticket-actions">
        <div className="countdown" aria-hidden="true">
          <span className="countdown-bar" style={{ transform: `scaleX(${left / total})` }} />
        </div>
        <p className="countdown-text">{t('countdown', { seconds: left })}</p>
        <button type="button" className="primary-button" onClick={onDone}>
          {t('done')}
        </button>
      </footer>
    </main>
  );
}
