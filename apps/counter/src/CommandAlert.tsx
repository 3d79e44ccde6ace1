import { useI18n } from './i18n-context.ts';

/** A refused command's message, shown until the clerk's next action. */
export function CommandAlert({ message, onDismiss }: { message: string | null; onDismiss: () => void }) {
  const { t } = useI18n();
  if (message === null) return null;
  return (
    <div className="command-alert" role="alert" aria-live="polite">
      <span className="command-alert__text">{message}</span>
      <button type="button" className="command-alert__close" onClick={onDismiss}>
        {t('dismiss')}
      </button>
    </div>
  );
}
