import type { OfficeSettings, SettingsDocument } from '@aufruf/protocol';
import { useCallback, useEffect, useState } from 'react';
import { useAdmin } from '../admin-context.ts';
import { useI18n } from '../i18n-context.ts';
import { ErrandCard } from './ErrandCard.tsx';
import { validate, withoutPrefix } from './field-errors.ts';
import type { FieldErrors } from './field-errors.ts';
import { HoursSection } from './HoursSection.tsx';
import { LocalizedFields } from './LocalizedFields.tsx';
import { PlaceCard } from './PlaceCard.tsx';
import { RulesSection } from './RulesSection.tsx';
import { officeTextDefaults } from '@aufruf/wording';
import { loadSettings, saveSettings } from './settings-api.ts';
import type { SaveProblem } from './settings-api.ts';
import { settingsProblemText } from './settings-problem.ts';
import {
  addErrand,
  addPlace,
  moveErrand,
  placesServing,
  removeErrand,
  replaceAt,
  setServes,
} from './setup-edits.ts';
import { TextField } from './TextField.tsx';

type Outcome =
  | { readonly kind: 'saved' }
  | { readonly kind: 'invalid' }
  | { readonly kind: 'conflict' }
  | { readonly kind: 'problem'; readonly problem: SaveProblem };

const NAME_KEY = 'aufruf-admin-name';

/**
 * The office head's setup: errands, places, calling rules, hours, texts and the public address, as one
 * form with one Save. Checked in the browser with the hub's own schema first; the hub's answer is
 * mapped back to the fields. Saved changes reach kiosks and displays at once.
 */
export function SetupView({ active }: { active: boolean }) {
  const { t, language } = useI18n();
  const { secret, onUnauthorized } = useAdmin();
  const [doc, setDoc] = useState<SettingsDocument | null>(null);
  const [draft, setDraft] = useState<OfficeSettings | null>(null);
  const [errors, setErrors] = useState<FieldErrors>(new Map());
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);
  const [by, setBy] = useState(() => sessionStorage.getItem(NAME_KEY) ?? '');
  const [loadFailed, setLoadFailed] = useState(false);

  const reload = useCallback(() => {
    void loadSettings(secret).then((result) => {
      if (result.ok) {
        setDoc(result.value);
        setDraft(result.value.settings);
        setErrors(new Map());
        setLoadFailed(false);
      } else if (result.problem.status === 401) onUnauthorized();
      else setLoadFailed(true);
    });
  }, [secret, onUnauthorized]);

  useEffect(() => {
    if (active && doc === null) reload();
  }, [active, doc, reload]);

  if (loadFailed) return <p className="card notice">{t('requestFailed')}</p>;
  if (!doc || !draft) return <p className="card loading">{t('loading')}</p>;

  const edit = (next: OfficeSettings): void => {
    setDraft(next);
    setOutcome(null);
    if (errors.size > 0) setErrors(validate(next, language));
  };

  const save = (): void => {
    const name = by.trim();
    const found = new Map(validate(draft, language));
    if (name === '') found.set('by', t('setupNameRequired'));
    setErrors(found);
    if (found.size > 0) {
      setOutcome({ kind: 'invalid' });
      return;
    }
    sessionStorage.setItem(NAME_KEY, name);
    setBusy(true);
    void saveSettings(secret, doc.version, name, draft).then((result) => {
      setBusy(false);
      if (result.ok) {
        setDoc(result.value);
        setDraft(result.value.settings);
        setOutcome({ kind: 'saved' });
        return;
      }
      const { problem } = result;
      if (problem.status === 401) return onUnauthorized();
      if (problem.code === 'settings-conflict') return setOutcome({ kind: 'conflict' });
      if (problem.code === 'invalid-settings') {
        setErrors(new Map(problem.issues.map((issue) => [withoutPrefix(issue.path), issue.message])));
        return setOutcome({ kind: 'invalid' });
      }
      setOutcome({ kind: 'problem', problem });
    });
  };

  return (
    <div className="setup">
      <section className="card setup-section" aria-labelledby="setup-office">
        <h3 id="setup-office">{t('setupOffice')}</h3>
        <TextField
          label={t('setupOfficeName')}
          value={draft.name}
          error={errors.get('name')}
          onChange={(name) => edit({ ...draft, name })}
        />
        <TextField
          label={t('setupPublicUrl')}
          hint={t('setupPublicUrlHint')}
          type="url"
          dir="ltr"
          value={draft.publicUrl ?? ''}
          error={errors.get('publicUrl')}
          onChange={(url) => edit({ ...draft, publicUrl: url.trim() === '' ? null : url.trim() })}
        />
      </section>

      <section className="setup-section" aria-labelledby="setup-errands">
        <h3 id="setup-errands">{t('setupErrands')}</h3>
        {errors.get('errands') ? <p className="field__error">{errors.get('errands')}</p> : null}
        <ol className="setup-list">
          {draft.errands.map((errand, index) => (
            <ErrandCard
              key={errand.id}
              errand={errand}
              index={index}
              count={draft.errands.length}
              places={draft.places}
              servedBy={placesServing(draft, errand.id)}
              errors={errors}
              onChange={(next) => edit({ ...draft, errands: replaceAt(draft.errands, index, next) })}
              onServedBy={(placeId, serves) => edit(setServes(draft, placeId, errand.id, serves))}
              onMove={(by_) => edit(moveErrand(draft, index, by_))}
              onRemove={() => edit(removeErrand(draft, errand.id))}
            />
          ))}
        </ol>
        <button type="button" className="button" onClick={() => edit(addErrand(draft))}>
          {t('setupAddErrand')}
        </button>
      </section>

      <section className="setup-section" aria-labelledby="setup-places">
        <h3 id="setup-places">{t('setupPlaces')}</h3>
        <ul className="setup-list">
          {draft.places.map((place, index) => (
            <PlaceCard
              key={place.id}
              place={place}
              index={index}
              errands={draft.errands}
              errors={errors}
              onChange={(next) => edit({ ...draft, places: replaceAt(draft.places, index, next) })}
              onRemove={() => edit({ ...draft, places: draft.places.filter((p) => p.id !== place.id) })}
            />
          ))}
        </ul>
        <button
          type="button"
          className="button"
          onClick={() => edit(addPlace(draft, `${t('setupPlaceDefault')} ${draft.places.length + 1}`))}
        >
          {t('setupAddPlace')}
        </button>
      </section>

      <RulesSection rules={draft.rules} errors={errors} onChange={(rules) => edit({ ...draft, rules })} />
      <HoursSection
        hours={draft.hours}
        grace={draft.closingGraceMinutes}
        errors={errors}
        onChange={(hours) => edit({ ...draft, hours })}
        onGrace={(closingGraceMinutes) => edit({ ...draft, closingGraceMinutes })}
        region={draft.holidayRegion}
        exceptions={draft.exceptions ?? []}
        today={new Date().toLocaleDateString('en-CA')}
        onRegion={(holidayRegion) => edit({ ...draft, holidayRegion })}
        onExceptions={(exceptions) => edit({ ...draft, exceptions })}
      />

      <section className="card setup-section" aria-labelledby="setup-texts">
        <h3 id="setup-texts">{t('setupTexts')}</h3>
        <LocalizedFields
          label={t('setupAdvice')}
          value={draft.texts.advice}
          path="texts.advice"
          errors={errors}
          defaults={{
            texts: officeTextDefaults.advice,
            hint: t('setupAdviceDefault', { text: officeTextDefaults.advice[language] }),
          }}
          onChange={(advice) => edit({ ...draft, texts: { ...draft.texts, advice } })}
        />
        <LocalizedFields
          label={t('setupTicker')}
          value={draft.texts.ticker}
          path="texts.ticker"
          errors={errors}
          defaults={{
            texts: officeTextDefaults.ticker,
            hint: t('setupTickerDefault', { text: officeTextDefaults.ticker[language] }),
          }}
          onChange={(ticker) => edit({ ...draft, texts: { ...draft.texts, ticker } })}
        />
      </section>

      <section className="card setup-save" aria-labelledby="setup-save">
        <h3 id="setup-save" className="visually-hidden">
          {t('setupSave')}
        </h3>
        <TextField
          className="setup-save__name"
          label={t('setupYourName')}
          hint={t('setupYourNameHint')}
          value={by}
          error={errors.get('by')}
          onChange={setBy}
        />
        <div className="setup-save__row">
          <button type="button" className="button button--primary" disabled={busy} onClick={save}>
            {busy ? t('setupSaving') : t('setupSave')}
          </button>
          <button type="button" className="button" disabled={busy} onClick={reload}>
            {t('setupDiscard')}
          </button>
        </div>
        <div role="status" aria-live="polite">
          {outcome?.kind === 'saved' ? <p className="notice notice--ok">{t('setupSaved')}</p> : null}
        </div>
        {outcome && outcome.kind !== 'saved' ? (
          <div role="alert" className="setup-problem">
            <p className="notice">
              {outcome.kind === 'invalid'
                ? t('setupInvalid')
                : outcome.kind === 'conflict'
                  ? t('setupConflict')
                  : settingsProblemText(outcome.problem, doc.settings, t, language)}
            </p>
            {outcome.kind === 'invalid' ? (
              <ul className="setup-problem__list">
                {[...errors].map(([path, message]) => (
                  <li key={path}>
                    <span dir="ltr">{path}</span>: {message}
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
      </section>
    </div>
  );
}
