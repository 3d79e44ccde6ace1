import type { ConnectionStatus } from '@aufruf/client';

const TEXT = {
  de: 'Verbindung zum Server unterbrochen',
  en: 'Connection to the server lost',
} as const;

/** Shown on every screen while the hub is unreachable; it clears by itself when the link is back. */
export function ConnectionBanner({
  status,
  language = 'de',
  detail,
}: {
  status: ConnectionStatus;
  language?: keyof typeof TEXT;
  detail?: string;
}) {
  if (status !== 'offline') return null;
  return (
    <div className="connection-banner" role="alert">
      {TEXT[language]}
      {detail ? ` – ${detail}` : ''}
    </div>
  );
}
