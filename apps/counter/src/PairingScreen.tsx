import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { pairDevice } from '@aufruf/client';
import type { ConnectRefusal } from '@aufruf/protocol';
import { useI18n } from './i18n-context.ts';
import type { MessageKey } from './i18n.ts';

/** Why this computer needs a (new) pairing: the hub's refusal, or a pairing for another role. */
export type PairingReason = ConnectRefusal | 'wrong-role' | null;

const REASONS: Partial<Record<Exclude<PairingReason, null>, MessageKey>> = {
  'pairing-required': 'pairRequired',
  'token-revoked': 'pairRevoked',
  'token-unknown': 'pairUnknown',
  'wrong-role': 'pairWrongRole',
};

function dropPairParam(): void {
  const url = new URL(window.location.href);
  if (!url.searchParams.has('pair')) return;
  url.searchParams.delete('pair');
  window.history.replaceState(null, '', url);
}

/** Pairs this browser with the code from the administration, then connects again with its new token. */
export function PairingScreen({ reason, onPaired }: { reason: PairingReason; onPaired: () => void }) {
  const { t } = useI18n();
  const id = useId();
  // The admin's pairing link carries the code (`/counter/?pair=…`): the clerk only has to confirm it.
  const [code, setCode] = useState(() => new URLSearchParams(window.location.search).get('pair') ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (busy || code.trim() === '') return;
    setBusy(true);
    setError(null);
    void pairDevice(code).then((outcome) => {
      setBusy(false);
      if (!outcome.ok) {
        setError(outcome.message);
        return;
      }
      dropPairParam();
      onPaired();
    });
  };

  return (
    <main className="setup">
      <form className="setup__card" onSubmit={submit}>
        <h1 className="setup__title">{t('pairTitle')}</h1>
        {reason ? <p className="setup__notice">{t(REASONS[reason] ?? 'pairInvalid')}</p> : null}
        <label htmlFor={`${id}-code`} className="field__label">
          {t('pairCode')}
        </label>
        <input
          id={`${id}-code`}
          className="field__input"
          value={code}
          onChange={(event) => setCode(event.target.value)}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={16}
          aria-describedby={`${id}-hint`}
        />
        <p id={`${id}-hint`} className="setup__hint">
          {t('pairHint')}
        </p>
        {error ? (
          <div className="command-alert" role="alert" aria-live="polite">
            <span className="command-alert__text">{error}</span>
          </div>
        ) : null}
        <div className="setup__buttons">
          <button
            type="submit"
            className="action action--primary-small"
            disabled={busy || code.trim() === ''}
          >
            <span className="action__label">{busy ? t('pairBusy') : t('pairSubmit')}</span>
          </button>
        </div>
      </form>
    </main>
  );
}
