import type { ConnectionStatus } from '@aufruf/client';

/** The catalog keys a staff app provides for its connection status. */
export type ConnectionKey = 'statusOnline' | 'statusConnecting' | 'statusOffline' | 'statusRefused';

const KEYS: Record<ConnectionStatus, ConnectionKey> = {
  online: 'statusOnline',
  connecting: 'statusConnecting',
  offline: 'statusOffline',
  refused: 'statusRefused',
};

/** A dot and a word for the live link to the hub; the full banner appears separately when it is lost. */
export function ConnectionDot({
  status,
  t,
}: {
  status: ConnectionStatus;
  t: (key: ConnectionKey) => string;
}) {
  return (
    <span className={`connection connection--${status}`} role="status">
      <span className="connection__dot" aria-hidden="true" />
      {t(KEYS[status])}
    </span>
  );
}
