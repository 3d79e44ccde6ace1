import { useEffect, useRef } from 'react';
import type { Translate } from './i18n.ts';
import { useCountdown } from './use-countdown.ts';

/** How long the question stays before the kiosk moves on: at least 20 s (WCAG 2.2.1, EN 301 549). */
export const PROMPT_SECONDS = 20;

/**
 * Asks before the kiosk returns to its start screen by itself, so nobody is cut off while reading:
 * one big button gives more time, the other goes to the start at once (the next visitor's way).
 */
export function MoreTimePrompt({
  t,
  onMoreTime,
  onDone,
}: {
  t: Translate;
  onMoreTime: () => void;
  onDone: () => void;
}) {
  const left = useCountdown(PROMPT_SECONDS, onDone);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => button.current?.focus(), []);
  return (
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
          <button ref={button} type="button" className="primary-button" onClick={onMoreTime}>
            {t('moreTime')}
          </button>
          <button type="button" className="secondary-button" onClick={onDone}>
            {t('done')}
          </button>
        </div>
      </div>
    </div>
  );
}
