import { useEffect } from 'react';
import type { WireError } from '@aufruf/protocol';
import type { KioskKey, Translate } from './i18n.ts';
import { MoreTimePrompt } from './MoreTimePrompt.tsx';
import { useFocusOnMount } from './use-focus-on-mount.ts';
import type { Speak } from './use-speech.ts';
import { useTimedScreen } from './use-timed-screen.ts';

/** An error screen must not block the kiosk for the next visitor. */
const SHOW_SECONDS = 30;

const KNOWN: Partial<Record<string, KioskKey>> = {
  unreachable: 'errorUnreachable',
  'number-range-exhausted': 'errorRangeExhausted',
  'unknown-errand': 'errorUnknownErrand',
  'errand-inactive': 'errorInactive',
  'priority-not-offered': 'errorNoPriority',
  'office-closed': 'errorClosed',
};

/** Why no number came out, in plain words, and the way back. */
export function ErrorScreen({
  error,
  t,
  speak,
  onBack,
}: {
  error: WireError;
  t: Translate;
  speak: Speak;
  onBack: () => void;
}) {
  const { left, asking, moreTime } = useTimedScreen(SHOW_SECONDS);
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const known = KNOWN[error.code];
  const reason = known ? t(known) : error.message;
  useEffect(
    () => speak([t('errorTitle'), reason, t('errorAdvice')].filter(Boolean).join('. ')),
    [speak, reason, t],
  );
  return (
    <main className="error-screen">
      <div className="error-card" role="alert">
        <h1 className="error-title" ref={heading} tabIndex={-1}>
          {t('errorTitle')}
        </h1>
        {reason ? <p className="error-reason">{reason}</p> : null}
        <p className="error-advice">{t('errorAdvice')}</p>
      </div>
      <footer className="ticket-actions">
        <p className="countdown-text">{t('countdown', { seconds: left })}</p>
        <button type="button" className="primary-button" onClick={onBack}>
          {t('back')}
        </button>
      </footer>
      {asking ? <MoreTimePrompt t={t} speak={speak} onMoreTime={moreTime} onDone={onBack} /> : null}
    </main>
  );
}
