import type { Errand, Place } from '@aufruf/core';
import { useI18n } from '../i18n-context.ts';
import { CheckList } from './CheckList.tsx';
import type { FieldErrors } from './field-errors.ts';
import { TextField } from './TextField.tsx';

/** One place (counter): its name and the errands it serves by default. */
export function PlaceCard({
  place,
  index,
  errands,
  errors,
  onChange,
  onRemove,
}: {
  place: Place;
  index: number;
  errands: readonly Errand[];
  errors: FieldErrors;
  onChange: (place: Place) => void;
  onRemove: () => void;
}) {
  const { t, language } = useI18n();
  const path = `places[${index}]`;
  const served = place.errandIds ?? errands.map((e) => e.id);
  const toggle = (errandId: string, serves: boolean): void => {
    const next = serves ? [...served, errandId] : served.filter((id) => id !== errandId);
    onChange({ ...place, errandIds: errands.map((e) => e.id).filter((id) => next.includes(id)) });
  };
  return (
    <li className="card setup-item">
      <div className="setup-item__head">
        <h4 className="setup-item__title">{place.name || t('setupNewPlace')}</h4>
        <div className="setup-item__actions">
          <button type="button" className="button button--danger-quiet" onClick={onRemove}>
            {t('setupRemove')}
            <span className="visually-hidden">: {place.name}</span>
          </button>
        </div>
      </div>
      {errors.get(path) ? (
        <p className="field__error" role="alert">
          {errors.get(path)}
        </p>
      ) : null}
      <TextField
        label={t('setupPlaceName')}
        value={place.name}
        error={errors.get(`${path}.name`)}
        onChange={(name) => onChange({ ...place, name })}
      />
      <CheckList
        legend={t('setupPlaceErrands')}
        options={errands.map((errand) => ({
          id: errand.id,
          label: `${errand.letter} – ${errand.name[language] ?? errand.name.de}`,
        }))}
        checked={served}
        onToggle={toggle}
      />
    </li>
  );
}
