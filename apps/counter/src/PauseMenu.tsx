import { useEffect, useRef } from 'react';
import { useI18n } from './i18n-context.ts';

/** The pause lengths a clerk picks from; null: "bis auf Weiteres". */
export const PAUSE_CHOICES: readonly (number | null)[] = [5, 15, 30, 60, null];

/**
 * How long the clerk will be away: the wait estimates count on them again from then on, and not at
 * all "bis auf Weiteres". Escape closes it without pausing.
 */
export function PauseMenu({
  onChoose,
  onClose,
}: {
  onChoose: (minutes: number | null) => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <div
      className="pause-menu"
      role="group"
      aria-label={t('pauseHowLong')}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <span className="pause-menu__title">{t('pauseHowLong')}</span>
      {PAUSE_CHOICES.map((minutes, index) => (
        <button
          key={minutes ?? 'open'}
          ref={index === 0 ? first : undefined}
          type="button"
          className="action action--secondary pause-menu__choice"
          onClick={() => onChoose(minutes)}
        >
          {minutes === null ? t('pauseOpenEnded') : t('pauseMinutes', { minutes })}
        </button>
      ))}
    </div>
  );
}
