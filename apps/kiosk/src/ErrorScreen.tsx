import type { WireError } from '@aufruf/protocol';
import type { KioskKey, Translate } from './i18n.ts';
import { useCountdown } from './use-countdown.ts';

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
export function ErrorScreen({ error, t, onBack }: { error: WireError; t: Translate; onBack: () => void }) {
  const left = useCountdown(SHOW_SECONDS, onBack);
  const known = KNOWN[error.code];
  const reason = known ? t(known) : error.message;
  return (
    <main className="error-screen">
      <div className="error-card" role="alert">
        <h1 className="error-title">{t('errorTitle')}</h1>
        {reason ? <p className="error-reason">{reason}</p> : null}
        <p className="error-advice">{t('errorAdvice')}</p>
      </div>
      <footer className="ticket-actions">
        <p className="countdown-text">{t('countdown', { seconds: left })}</p>
        <button type="button" className="primary-button" onClick={onBack}>
          {t('back')}
        </button>
      </footer>
    </main>
  );
}
