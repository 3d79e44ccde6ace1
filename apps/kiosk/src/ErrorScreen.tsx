import { useEffect } from 'react';
import type { WireError } from '@aufruf/protocol';
import { drawRefusalText } from './draw-refusal.ts';
import type { Translate } from './i18n.ts';
import { MoreTimePrompt } from './MoreTimePrompt.tsx';
import { useFocusOnMount } from './use-focus-on-mount.ts';
import type { Speak } from './use-speech.ts';
import { useTimedScreen } from './use-timed-screen.ts';

/** An error screen must not block the kiosk for the next visitor. */
const SHOW_SECONDS = 30;

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
  // Only the code is read: the hub's developer text is for logs, never for a visitor.
  const key = drawRefusalText[error.code];
  const reason = key ? t(key) : null;
  useEffect(
    () => speak([t('errorTitle'), reason, t('errorAdvice')].filter((part) => part !== null).join('. ')),
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
