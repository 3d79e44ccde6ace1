import { useEffect, useMemo, useState } from 'react';
import { directionOf } from '@aufruf/ui';
import type { Language } from '@aufruf/ui';
import { AdminShell } from './AdminShell.tsx';
import { translatorFor } from './i18n.ts';
import type { MessageKey } from './i18n.ts';
import { I18nContext } from './i18n-context.ts';
import { initialLanguage, rememberLanguage } from './preferences.ts';
import { closeSession, openSession } from './session.ts';
import type { Session } from './session.ts';
import { SignIn } from './SignIn.tsx';

/** The administration: sign in with the admin key, then the live view, the devices and the statistics. */
export function App({ initialSession }: { initialSession: Session | null }) {
  const [language, setLanguage] = useState<Language>(initialLanguage);
  const [session, setSession] = useState<Session | null>(initialSession);
  const [notice, setNotice] = useState<MessageKey | null>(null);
  const i18n = useMemo(() => ({ language, t: translatorFor(language) }), [language]);
  const { t } = i18n;

  useEffect(() => {
    document.documentElement.lang = language;
    document.documentElement.dir = directionOf(language);
    document.title = `${t('appTitle')} – Aufruf`;
  }, [language, t]);

  const switchLanguage = (next: Language): void => {
    rememberLanguage(next);
    setLanguage(next);
  };

  const signIn = (secret: string): void => {
    setNotice(null);
    setSession(openSession(secret));
  };

  const signOut = (why: MessageKey | null): void => {
    closeSession(session);
    setSession(null);
    setNotice(why);
  };

  return (
    <I18nContext value={i18n}>
      {session ? (
        <AdminShell
          key={session.secret}
          session={session}
          onSignOut={() => signOut(null)}
          onUnauthorized={() => signOut('sessionExpired')}
          onSwitchLanguage={switchLanguage}
        />
      ) : (
        <SignIn notice={notice} onSignedIn={signIn} onSwitchLanguage={switchLanguage} />
      )}
    </I18nContext>
  );
}
