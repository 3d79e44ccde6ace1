import { LanguageSelect } from '@aufruf/ui';
import type { Language } from '@aufruf/ui';
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { listDevices } from './admin-api.ts';
import { apiErrorKey } from './api-error.ts';
import { useI18n } from './i18n-context.ts';
import type { MessageKey } from './i18n.ts';

/** Asks for the admin key and checks it against the hub before anything else is shown. */
export function SignIn({
  notice,
  onSignedIn,
  onSwitchLanguage,
}: {
  /** Why the admin is back here (the key stopped working). */
  notice: MessageKey | null;
  onSignedIn: (secret: string) => void;
  onSwitchLanguage: (language: Language) => void;
}) {
  const { t, language } = useI18n();
  const id = useId();
  const [secret, setSecret] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<MessageKey | null>(null);

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const value = secret.trim();
    if (busy || value === '') return;
    setBusy(true);
    setError(null);
    void listDevices(value).then((result) => {
      setBusy(false);
      if (result.ok) onSignedIn(value);
      else setError(apiErrorKey(result));
    });
  };

  return (
    <main className="sign-in">
      <form className="card sign-in__card" onSubmit={submit}>
        <div className="sign-in__top">
          <p className="sign-in__app">Aufruf · {t('appTitle')}</p>
          <LanguageSelect language={language} onChange={onSwitchLanguage} />
        </div>
        <h1 className="sign-in__title">{t('signInTitle')}</h1>
        {notice ? (
          <p className="notice" role="status">
            {t(notice)}
          </p>
        ) : null}
        {/* For password managers: the key belongs to the one account "admin". */}
        <input type="text" name="username" autoComplete="username" value="admin" readOnly hidden />
        <label htmlFor={`${id}-secret`} className="field__label">
          {t('signInSecret')}
        </label>
        <input
          id={`${id}-secret`}
          className="field__input"
          type="password"
          value={secret}
          onChange={(event) => setSecret(event.target.value)}
          autoComplete="current-password"
          spellCheck={false}
          required
          aria-describedby={`${id}-hint ${id}-lost`}
          aria-invalid={error === 'wrongSecret' ? true : undefined}
        />
        <p id={`${id}-hint`} className="field__hint">
          {t('signInHint')}
        </p>
        <p id={`${id}-lost`} className="field__hint">
          {t('signInHintLost')}
        </p>
        {error ? (
          <p className="alert" role="alert">
            {t(error)}
          </p>
        ) : null}
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t('signInBusy') : t('signIn')}
        </button>
      </form>
    </main>
  );
}
