import { useState } from 'react';
import type { FormEvent } from 'react';
import type { Errand, Place } from '@aufruf/core';
import type { HubClient } from '@aufruf/client';
import { localized } from '@aufruf/ui';
import { CommandAlert } from './CommandAlert.tsx';
import { ErrandBadge } from './ErrandBadge.tsx';
import { commandErrorText } from './command-error.ts';
import { useI18n } from './i18n-context.ts';
import { useCommands } from './use-commands.ts';

/** Second step: which errands this place calls. Preselected from what the hub knows of the place. */
export function ErrandSetup({
  client,
  place,
  errands,
  initial,
  online,
  onDone,
  onBack,
}: {
  client: HubClient;
  place: Place;
  errands: readonly Errand[];
  initial: readonly string[];
  online: boolean;
  onDone: () => void;
  onBack: () => void;
}) {
  const { t, language } = useI18n();
  // No place state to wait for: this step ends as soon as the hub has accepted the choice.
  const { busy, error, run, clearError } = useCommands(client, place.id, undefined);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set(initial));
  const toggle = (id: string): void => {
    const next = new Set(chosen);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setChosen(next);
  };
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (chosen.size === 0) return;
    // Office order, so every screen lists a place's errands the same way.
    const errandIds = errands.filter((e) => chosen.has(e.id)).map((e) => e.id);
    void run('counter:configure', { placeId: place.id, errandIds }).then((accepted) => {
      if (accepted) onDone();
    });
  };

  return (
    <main className="setup">
      <form className="setup__card" onSubmit={submit}>
        <h1 className="setup__title">{t('pickErrandsTitle', { place: place.name })}</h1>
        <p className="setup__hint">{t('pickErrandsHint')}</p>
        <fieldset className="errand-choices">
          <legend className="visually-hidden">{t('pickErrandsLegend')}</legend>
          {errands.map((errand) => (
            <label key={errand.id} className="choice choice--large">
              <input type="checkbox" checked={chosen.has(errand.id)} onChange={() => toggle(errand.id)} />
              <ErrandBadge errands={errands} errandId={errand.id} decorative />
              <span className="choice__text">
                <span className="choice__name">{localized(errand.name, language)}</span>
                {errand.hint ? (
                  <span className="choice__hint">{localized(errand.hint, language)}</span>
                ) : null}
              </span>
            </label>
          ))}
        </fieldset>
        {chosen.size === 0 ? (
          <p id="errands-none" className="setup__notice">
            {t('pickErrandsNone')}
          </p>
        ) : null}
        <CommandAlert message={error && commandErrorText(error, t)} onDismiss={clearError} />
        <div className="setup__buttons">
          <button type="button" className="action action--quiet" onClick={onBack}>
            <span className="action__label">{t('back')}</span>
          </button>
          <button
            type="submit"
            className="action action--primary-small"
            disabled={busy || !online || chosen.size === 0}
            aria-describedby={chosen.size === 0 ? 'errands-none' : undefined}
          >
            <span className="action__label">{t('confirmErrands')}</span>
          </button>
        </div>
      </form>
    </main>
  );
}
