import { formatTicketNumber } from '@aufruf/core';
import { followUrl } from '@aufruf/protocol';
import type { DrawReply, PublicOffice } from '@aufruf/protocol';
import { ErrandBadge, charsStyle, formatClock, formatShortDate, formatWait, localized } from '@aufruf/ui';
import type { Language } from '@aufruf/ui';
import { useEffect, useMemo, useState } from 'react';
import { FollowCode } from './FollowCode.tsx';
import { MoreTimePrompt } from './MoreTimePrompt.tsx';
import { PrintPanel } from './PrintPanel.tsx';
import { TicketPreview } from './TicketPreview.tsx';
import { kioskTranslator } from './i18n.ts';
import type { Translate } from './i18n.ts';
import { useCountdown } from './use-countdown.ts';
import type { PrintStatus } from './use-draw.ts';
import { useMediaQuery } from './use-media-query.ts';

/** Seconds the number stays on screen: long enough to read it, short enough for the next visitor. */
const SHOW_SECONDS = 15;
/** Without a paper ticket the visitor needs time to note the number or photograph the code. */
const SHOW_SECONDS_UNPRINTED = 45;
/**
 * The landscape layout of kiosk.css. There the number takes the whole left side, and the QR code
 * moves to the right beside the paper: under the number it would not fit the screen's height.
 */
const LANDSCAPE = '(orientation: landscape) and (min-width: 900px)';

/** The drawn number, huge, with everything the visitor needs to know; returns to the start by itself. */
export function TicketScreen({
  office,
  reply,
  print,
  language,
  speak,
  t,
  onDone,
}: {
  office: PublicOffice;
  reply: DrawReply;
  print: PrintStatus;
  language: Language;
  /** Reads out when spoken help is on; does nothing otherwise. */
  speak: (text: string) => void;
  t: Translate;
  onDone: () => void;
}) {
  const { ticket, ahead } = reply;
  const failed = print.state === 'failed';
  const total = failed ? SHOW_SECONDS_UNPRINTED : SHOW_SECONDS;
  const [round, setRound] = useState(0);
  const [asking, setAsking] = useState(false);
  const left = useCountdown(total, () => setAsking(true), round);
  const landscape = useMediaQuery(LANDSCAPE);

  const number = formatTicketNumber(ticket);
  const index = office.errands.findIndex((e) => e.id === ticket.errandId);
  const errand = office.errands[index];
  const errandName = localized(errand?.name, language);
  const advice = localized(office.texts.advice, language);
  // Thermal printers cannot print Arabic: the preview shows the German ticket that comes out.
  const paperLanguage: Language = language === 'ar' ? 'de' : language;
  const paper = useMemo(() => kioskTranslator(paperLanguage), [paperLanguage]);
  const spoken = t('spokenTicket', { number, errand: errandName, count: ahead });
  useEffect(() => speak(spoken), [speak, spoken]);
  const date = formatShortDate(ticket.drawnAt, office.timeZone, language);
  const time = formatClock(ticket.drawnAt, office.timeZone, language);

  const follow = (
    <FollowCode
      url={followUrl(office, reply.followToken)}
      label={t('followLabel')}
      caption={t('followCaption')}
      hint={t('followHint')}
    />
  );

  return (
    <main className={failed ? 'ticket-screen is-unprinted' : 'ticket-screen'}>
      <section className="ticket-card" aria-labelledby="ticket-label">
        <h1 id="ticket-label" className="ticket-label">
          {t('yourNumber')}
        </h1>
        <p className="ticket-number" style={charsStyle(number, 4)}>
          {number}
        </p>
        <div className="ticket-details">
          <div className="ticket-facts">
            <p className="ticket-errand">
              <ErrandBadge letter={ticket.letter} index={Math.max(index, 0)} colour={errand?.colour} />
              <span>{errandName}</span>
              {ticket.kind === 'priority' || ticket.kind === 'appointment' ? (
                <span className="kind-badge">
                  {t(ticket.kind === 'priority' ? 'badgePriority' : 'badgeAppointment')}
                </span>
              ) : null}
            </p>
            <p className="ticket-ahead">{t('ahead', { count: ahead })}</p>
            {reply.estimate && reply.estimate.maxMinutes > 5 ? (
              <p className="ticket-estimate">
                {t('estimate', { wait: formatWait(reply.estimate, language, 'long') })}
              </p>
            ) : null}
            <p className="ticket-time">{t('drawnAt', { date, time })}</p>
            {advice ? (
              <p className="ticket-advice" dir="auto">
                {advice}
              </p>
            ) : null}
          </div>
          {landscape ? null : follow}
        </div>
      </section>

      <PrintPanel
        print={print}
        t={t}
        follow={landscape ? follow : null}
        preview={
          <TicketPreview
            caption={t('ticketPreview')}
            label={paper('yourNumber')}
            officeName={office.name}
            ticket={ticket}
            errandName={localized(errand?.name, paperLanguage)}
            time={paper('ticketTime', { date, time })}
            ahead={paper('ticketAhead', { count: ahead })}
            footer={paper('ticketFooter')}
          />
        }
      />

      <footer className="ticket-actions">
        <div className="countdown" aria-hidden="true">
          <span className="countdown-bar" style={{ transform: `scaleX(${left / total})` }} />
        </div>
        <p className="countdown-text">{t('countdown', { seconds: left })}</p>
        <button type="button" className="primary-button" onClick={onDone}>
          {t('done')}
        </button>
      </footer>
      {asking ? (
        <MoreTimePrompt
          t={t}
          onMoreTime={() => {
            setAsking(false);
            setRound((r) => r + 1);
          }}
          onDone={onDone}
        />
      ) : null}
    </main>
  );
}
