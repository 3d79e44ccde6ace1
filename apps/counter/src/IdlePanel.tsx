import type { Errand, Ticket } from '@aufruf/core';
import { formatTicketNumber } from '@aufruf/core';
import { formatClock, localized } from '@aufruf/ui';
import { ActionButton } from './ActionButton.tsx';
import { useI18n } from './i18n-context.ts';
import type { PressVia } from './press-guard.ts';

/** Nothing is being served: the one big "Nächste Nummer" button, or why it cannot be pressed. */
export function IdlePanel({
  paused,
  backAt,
  timeZone,
  signedOut,
  onSignIn,
  undo,
  undoDisabled,
  onUndo,
  reason,
  next,
  waitingForYou,
  errands,
  disabled,
  onCallNext,
}: {
  paused: boolean;
  /** When the clerk said they would be back; null: "bis auf Weiteres". */
  backAt: number | null;
  timeZone: string;
  /** The clerk signed out here: the place is closed until they sign in again. */
  signedOut: boolean;
  onSignIn: () => void;
  /** The number this place finished last, while "Rückgängig" is still possible (two minutes). */
  undo: Ticket | undefined;
  undoDisabled: boolean;
  onUndo: (ticket: Ticket) => void;
  /** Why calling is not possible right now, shown under the button (while paused, the pause card says it). */
  reason: string | null;
  next: Ticket | undefined;
  waitingForYou: number;
  errands: readonly Errand[];
  disabled: boolean;
  onCallNext: (via: PressVia) => void;
}) {
  const { t, language } = useI18n();
  const errand = next ? errands.find((e) => e.id === next.errandId) : undefined;
  if (signedOut) {
    return (
      <div className="idle">
        <div className="pause-card">
          <strong className="pause-card__title">{t('signedOutTitle')}</strong>
          <p id="signed-out-text">{t('signedOutText')}</p>
        </div>
        <ActionButton
          label={t('signIn')}
          variant="primary"
          describedBy="signed-out-text"
          onClick={onSignIn}
        />
      </div>
    );
  }
  return (
    <div className="idle">
      {paused ? (
        <div className="pause-card">
          <strong className="pause-card__title">
            {t('pausedTitle')}
            {backAt === null
              ? null
              : ` – ${t('pauseUntil', { time: formatClock(backAt, timeZone, language) })}`}
          </strong>
          <p id="pause-text">{backAt === null ? t('pauseOpenEndedText') : t('pausedText')}</p>
        </div>
      ) : null}
      <ActionButton
        label={t('nextNumber')}
        shortcut={t('keysPrimary')}
        keyName="Space Enter"
        variant="primary"
        disabled={disabled}
        describedBy={paused ? 'pause-text' : reason ? 'next-reason' : undefined}
        onClick={onCallNext}
      />
      {undo ? (
        <p className="idle__undo">
          <span>
            {formatTicketNumber(undo)} {t(undo.status === 'no-show' ? 'undoneNoShow' : 'undoneServed')}
          </span>
          <button
            type="button"
            className="action action--quiet"
            aria-label={t('undoHint', {
              number: formatTicketNumber(undo),
              what: t(undo.status === 'no-show' ? 'undoneNoShow' : 'undoneServed'),
            })}
            disabled={undoDisabled}
            onClick={() => onUndo(undo)}
          >
            {t('undo')}
          </button>
        </p>
      ) : null}
      {reason && !paused ? (
        <p id="next-reason" className="idle__reason">
          {reason}
        </p>
      ) : null}
      {!paused && next ? (
        <p className="idle__info">
          <span>{t('waitingForYou', { count: waitingForYou })}</span>
          <span>
            {t('nextUp', {
              number: formatTicketNumber(next),
              errand: localized(errand?.name, language),
            })}
          </span>
        </p>
      ) : null}
    </div>
  );
}
