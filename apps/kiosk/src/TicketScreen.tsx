import { formatTicketNumber } from '@aufruf/core';
import { ticketDocument } from '@aufruf/printer/document';
import type { PublicOffice } from '@aufruf/protocol';
import { ErrandBadge, charsStyle, formatClock, formatShortDate, localized } from '@aufruf/ui';
import type { Language } from '@aufruf/ui';
import { aheadText, estimateLine, pastClosingText } from '@aufruf/wording';
import { useEffect, useMemo } from 'react';
import { FollowCode } from './FollowCode.tsx';
import { MoreTimePrompt } from './MoreTimePrompt.tsx';
import { PrintPanel } from './PrintPanel.tsx';
import { TicketPreview } from './TicketPreview.tsx';
import type { Translate } from './i18n.ts';
import { languageOf } from './own-language.ts';
import { useFocusOnMount } from './use-focus-on-mount.ts';
import { useSecondTap } from './use-second-tap.ts';
import type { Speak } from './use-speech.ts';
import { useTimedScreen } from './use-timed-screen.ts';
import type { DrawnTicket } from './kiosk-printer.ts';
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
  drawn,
  print,
  language,
  speech,
  speak,
  t,
  onDone,
}: {
  office: PublicOffice;
  drawn: DrawnTicket;
  print: PrintStatus;
  language: Language;
  /** Spoken help is on: "Fertig" speaks on the first tap and ends on the second. */
  speech: boolean;
  /** Reads out when spoken help is on; does nothing otherwise. */
  speak: Speak;
  t: Translate;
  onDone: () => void;
}) {
  const { ticket, ahead, estimate } = drawn.reply;
  const failed = print.state === 'failed';
  const total = failed ? SHOW_SECONDS_UNPRINTED : SHOW_SECONDS;
  const { left, asking, moreTime } = useTimedScreen(total);
  const { armed, press } = useSecondTap(speech, speak);
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const landscape = useMediaQuery(LANDSCAPE);

  const number = formatTicketNumber(ticket);
  const index = office.errands.findIndex((e) => e.id === ticket.errandId);
  const errand = office.errands[index];
  const errandName = localized(errand?.name, language);
  // The office's own advice in the visitor's language; the paper's picture below has the default one.
  const advice = localized(office.texts.advice, language);
  // What comes out of the printer, in the language its code page allows (German for Arabic).
  const paper = useMemo(() => ticketDocument(drawn.job), [drawn.job]);
  const adviceLanguage = languageOf(office.texts.advice, language);
  // The number, and where to wait: the office's advice ("Sie können im Saal nebenan warten") when it
  // is written in the visitor's language; a German sentence in an Arabic voice would help nobody.
  const spoken = [
    t('spokenTicket', { number, errand: errandName, count: ahead }),
    adviceLanguage === language ? advice : '',
  ]
    .filter(Boolean)
    .join(' ');
  useEffect(() => speak(spoken), [speak, spoken]);
  const date = formatShortDate(ticket.drawnAt, office.timeZone, language);
  const time = formatClock(ticket.drawnAt, office.timeZone, language);

  const follow = (
    <FollowCode
      url={drawn.job.followUrl}
      label={t('followLabel')}
      caption={t('followCaption')}
      hint={t('followHint')}
    />
  );

  return (
    <main className={failed ? 'ticket-screen is-unprinted' : 'ticket-screen'}>
      <section className="ticket-card" aria-labelledby="ticket-label">
        <h1 id="ticket-label" className="ticket-label" ref={heading} tabIndex={-1}>
          {t('yourNumber')}
        </h1>
        {/* "A 17" reads left to right in every language, Arabic too. */}
        <p className="ticket-number" dir="ltr" style={charsStyle(number, 4)}>
          {number}
        </p>
        <div className="ticket-details">
          <div className="ticket-facts">
            <p className="ticket-errand">
              <ErrandBadge letter={ticket.letter} index={Math.max(index, 0)} colour={errand?.colour} />
              <span lang={languageOf(errand?.name, language)}>{errandName}</span>
              {ticket.kind === 'priority' || ticket.kind === 'appointment' ? (
                <span className="kind-badge">
                  {t(ticket.kind === 'priority' ? 'badgePriority' : 'badgeAppointment')}
                </span>
              ) : null}
            </p>
            <p className="ticket-ahead">{aheadText(ahead, language)}</p>
            {estimate ? <p className="ticket-estimate">{estimateLine(estimate, language)}</p> : null}
            {estimate?.pastClosing ? (
              <p className="ticket-warning">{pastClosingText(estimate, language)}</p>
            ) : null}
            <p className="ticket-time">{t('drawnAt', { date, time })}</p>
            {advice ? (
              <p className="ticket-advice" lang={adviceLanguage} dir="auto">
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
        preview={<TicketPreview caption={t('ticketPreview')} paper={paper} />}
      />

      <footer className="ticket-actions">
        <div className="countdown" aria-hidden="true">
          <span className="countdown-bar" style={{ transform: `scaleX(${left / total})` }} />
        </div>
        <p className="countdown-text">{t('countdown', { seconds: left })}</p>
        <button
          type="button"
          className={armed === 'done' ? 'primary-button is-armed' : 'primary-button'}
          onClick={() => press('done', t('done'), onDone)}
        >
          {t('done')}
        </button>
      </footer>
      {asking ? <MoreTimePrompt t={t} speak={speak} onMoreTime={moreTime} onDone={onDone} /> : null}
    </main>
  );
}
