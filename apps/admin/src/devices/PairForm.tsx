import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { PublicOffice } from '@aufruf/protocol';
import { createPairing } from '../admin-api.ts';
import { useAdmin } from '../admin-context.ts';
import { apiErrorKey } from '../api-error.ts';
import { useI18n } from '../i18n-context.ts';
import type { MessageKey } from '../i18n.ts';
import { roleNames } from '../roles.ts';
import type { CreatedPairing } from './DevicesView.tsx';

// Roles a device in the office is paired for; the administration itself signs in with its key.
const PAIRABLE = [
  { role: 'kiosk', hint: 'pairRoleKioskHint' },
  { role: 'counter', hint: 'pairRoleCounterHint' },
  { role: 'display', hint: 'pairRoleDisplayHint' },
] as const satisfies readonly { role: string; hint: MessageKey }[];

type PairableRole = (typeof PAIRABLE)[number]['role'];

/** Makes a pairing code for a new kiosk, counter or display; a counter may be bound to one place. */
export function PairForm({
  office,
  onCreated,
}: {
  office: PublicOffice | null;
  onCreated: (pairing: CreatedPairing) => void;
}) {
  const { t } = useI18n();
  const { secret, onUnauthorized } = useAdmin();
  const id = useId();
  const [role, setRole] = useState<PairableRole>('display');
  const [name, setName] = useState('');
  const [placeId, setPlaceId] = useState('');
  const [places, setPlaces] = useState<readonly string[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<MessageKey | null>(null);
  const officePlaces = office?.places ?? [];

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const trimmed = name.trim();
    if (busy || trimmed === '') return;
    setBusy(true);
    setError(null);
    const input = {
      role,
      name: trimmed,
      placeId: role === 'counter' && placeId !== '' ? placeId : null,
      places: role === 'display' && places.length > 0 ? places : null,
    };
    void createPairing(secret, input).then((result) => {
      setBusy(false);
      if (result.ok) {
        setName('');
        onCreated({ ...result.value, name: trimmed });
      } else if (result.status === 401) onUnauthorized();
      else setError(result.status === 400 ? 'pairInvalid' : apiErrorKey(result));
    });
  };

  const togglePlace = (place: string, on: boolean): void =>
    setPlaces((current) =>
      on
        ? officePlaces.map((p) => p.id).filter((p) => p === place || current.includes(p))
        : current.filter((p) => p !== place),
    );

  return (
    <form className="card pair-form" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="card__title">
        {t('pairTitle')}
      </h2>
      <fieldset className="choices">
        <legend className="field__label">{t('pairRole')}</legend>
        {PAIRABLE.map((option) => (
          <label key={option.role} className="choice">
            <input
              type="radio"
              name={`${id}-role`}
              value={option.role}
              checked={role === option.role}
              onChange={() => setRole(option.role)}
            />
            <span className="choice__name">{t(roleNames[option.role])}</span>
            <span className="choice__hint">{t(option.hint)}</span>
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-name`} className="field__label">
          {t('pairName')}
        </label>
        <input
          id={`${id}-name`}
          className="field__input"
          value={name}
          onChange={(event) => setName(event.target.value)}
          maxLength={60}
          required
          autoComplete="off"
          aria-describedby={`${id}-name-hint`}
        />
        <p id={`${id}-name-hint`} className="field__hint">
          {t('pairNameHint')}
        </p>
      </div>
      {role === 'counter' ? (
        <div className="field">
          <label htmlFor={`${id}-place`} className="field__label">
            {t('pairPlace')}
          </label>
          <select
            id={`${id}-place`}
            className="field__input"
            value={placeId}
            onChange={(event) => setPlaceId(event.target.value)}
          >
            <option value="">{t('pairPlaceAny')}</option>
            {officePlaces.map((place) => (
              <option key={place.id} value={place.id}>
                {place.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {role === 'display' ? (
        <fieldset className="choices choices--inline" aria-describedby={`${id}-places-hint`}>
          <legend className="field__label">{t('pairPlaces')}</legend>
          {officePlaces.map((place) => (
            <label key={place.id} className="choice">
              <input
                type="checkbox"
                checked={places.includes(place.id)}
                onChange={(event) => togglePlace(place.id, event.target.checked)}
              />
              <span className="choice__name">{place.name}</span>
            </label>
          ))}
          <p id={`${id}-places-hint`} className="field__hint">
            {t('pairPlacesHint')}
          </p>
        </fieldset>
      ) : null}
      {error ? (
        <p className="alert" role="alert">
          {t(error)}
        </p>
      ) : null}
      <button type="submit" className="button button--primary" disabled={busy}>
        {busy ? t('pairBusy') : t('pairSubmit')}
      </button>
    </form>
  );
}
