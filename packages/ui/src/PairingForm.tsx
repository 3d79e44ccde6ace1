import { pairDevice } from '@aufruf/client';
import type { ApiErrorCode } from '@aufruf/protocol';
import { useEffect, useEffectEvent, useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';

/** Everything the pairing form says; each app passes its own catalog's words. */
export interface PairingTexts {
  readonly title: string;
  /** Why pairing is needed now (not paired yet, revoked, paired for another role). */
  readonly reason: string | null;
  readonly codeLabel: string;
  readonly hint: string;
  readonly submit: string;
  readonly busy: string;
}

function pairCodeFromUrl(): string {
  return new URLSearchParams(window.location.search).get('pair') ?? '';
}

function dropPairParam(): void {
  const url = new URL(window.location.href);
  if (!url.searchParams.has('pair')) return;
  url.searchParams.delete('pair');
  window.history.replaceState(null, '', url);
}

/**
 * Pairs this browser with a code from the administration, then lets the app connect again. The admin's
 * pairing link (`…/?pair=CODE`) fills the code in; with `autoSubmit` (a TV without a keyboard) it is
 * redeemed straight away.
 */
export function PairingForm({
  texts,
  failure,
  autoSubmit = false,
  onPaired,
}: {
  texts: PairingTexts;
  /** Why a code did not pair, in the app's words (the hub answers with a code, never a sentence). */
  failure: (code: ApiErrorCode) => string;
  autoSubmit?: boolean;
  onPaired: () => void;
}) {
  const id = useId();
  const [code, setCode] = useState(pairCodeFromUrl);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const tried = useRef(false);

  const pair = (value: string): void => {
    if (busy || value.trim() === '') return;
    setBusy(true);
    setError(null);
    void pairDevice(value).then((outcome) => {
      setBusy(false);
      if (!outcome.ok) {
        setError(failure(outcome.code));
        return;
      }
      dropPairParam();
      onPaired();
    });
  };

  const pairFromLink = useEffectEvent(() => pair(pairCodeFromUrl()));
  useEffect(() => {
    // Once only: a wrong code in the link must not be retried in a loop.
    if (!autoSubmit || tried.current) return;
    tried.current = true;
    pairFromLink();
  }, [autoSubmit]);

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    pair(code);
  };

  return (
    <main className="pairing">
      <form className="pairing-card" onSubmit={submit}>
        <h1 className="pairing-title">{texts.title}</h1>
        {texts.reason ? <p className="pairing-reason">{texts.reason}</p> : null}
        <label htmlFor={`${id}-code`} className="pairing-label">
          {texts.codeLabel}
        </label>
        <input
          id={`${id}-code`}
          className="pairing-input"
          value={code}
          onChange={(event) => setCode(event.target.value)}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={16}
          aria-describedby={`${id}-hint`}
        />
        <p id={`${id}-hint`} className="pairing-hint">
          {texts.hint}
        </p>
        {error ? (
          <p className="pairing-error" role="alert">
            {error}
          </p>
        ) : null}
        <button type="submit" className="pairing-submit" disabled={busy || code.trim() === ''}>
          {busy ? texts.busy : texts.submit}
        </button>
      </form>
    </main>
  );
}
