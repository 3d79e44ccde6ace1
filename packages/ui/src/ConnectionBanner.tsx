import type { ConnectionStatus } from '@aufruf/client';

import type { Language } from './i18n.ts';

const TEXT: Readonly<Record<Language, string>> = {
  de: 'Verbindung zum Server unterbrochen',
  en: 'Connection to the server lost',
  tr: 'Sunucu bağlantısı kesildi',
  ar: 'انقطع الاتصال بالخادم',
  uk: 'Зʼєднання із сервером перервано',
};

/** Shown on every screen while the hub is unreachable; it clears by itself when the link is back. */
export function ConnectionBanner({
  status,
  language = 'de',
  detail,
}: {
  status: ConnectionStatus;
  language?: Language;
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
