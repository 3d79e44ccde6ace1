import type { ConnectionStatus as Status } from '@aufruf/client';
import { useI18n } from './i18n-context.ts';

const KEYS = {
  online: 'statusOnline',
  connecting: 'statusConnecting',
  offline: 'statusOffline',
  refused: 'statusRefused',
} as const;

/** A dot and a word for the live link to the hub; the full banner appears separately when it is lost. */
export function ConnectionStatus({ status }: { status: Status }) {
  const { t } = useI18n();
  return (
    <span className={`connection connection--${status}`} role="status">
      <span className="connection__dot" aria-hidden="true" />
      {t(KEYS[status])}
    </span>
  );
}
