import { useEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import type { Translate } from './i18n.ts';
import { useCountdown } from './use-countdown.ts';
import type { Speak } from './use-speech.ts';

/** How long the question stays before the kiosk moves on: at least 20 s (WCAG 2.2.1, EN 301 549). */
export const PROMPT_SECONDS = 20;

/**
 * Asks before the kiosk returns to its start screen by itself, so nobody is cut off while reading:
 * one big button gives more time, the other goes to the start at once (the next visitor's way).
 * It is a real modal: the screen behind is inert (no Tab, no tap reaches it), focus starts on "more
 * time" and goes back where it was when the visitor stays.
 */
export function MoreTimePrompt({
  t,
  speak,
  onMoreTime,
  onDone,
}: {
  t: Translate;
  speak: Speak;
  onMoreTime: () => void;
  onDone: () => void;
}) {
  const left = useCountdown(PROMPT_SECONDS, onDone);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const root = document.getElementById('root');
    const before = document.activeElement;
    if (root) root.inert = true;
    button.current?.focus();
    return () => {
      if (root) root.inert = false;
      if (before instanceof HTMLElement && before.isConnected) before.focus({ preventScroll: true });
    };
  }, []);

  // Someone using spoken help may not see the question at all; it is said once, when it appears.
  const question = `${t('moreTimeTitle')} ${t('moreTimeSpoken')}`;
  useEffect(() => speak(question), [speak, question]);

  return createPortal(
    <div
      className="more-time"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="more-time-title"
      aria-describedby="more-time-text"
    >
      <div className="more-time-card">
        <h2 id="more-time-title" className="more-time-title">
          {t('moreTimeTitle')}
        </h2>
        <p id="more-time-text" className="more-time-text">
          {t('moreTimeCountdown', { seconds: left })}
        </p>
        <div className="more-time-actions">
          <button ref={button} type="button" className="primary-button more-time-button" onClick={onMoreTime}>
            {t('moreTime')}
          </button>
          <button type="button" className="secondary-button" onClick={onDone}>
            {t('done')}
          </button>
        </div>
      </div>
    </div>,
    document.body,
  );
}
