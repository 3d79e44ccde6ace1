import { defaultWaitLimits } from '@aufruf/core';
import type { CutOffPolicy, Errand, Place } from '@aufruf/core';
import { ErrandBadge } from '@aufruf/ui';
import { useI18n } from '../i18n-context.ts';
import { CheckList } from './CheckList.tsx';
import { ColourField } from './ColourField.tsx';
import type { FieldErrors } from './field-errors.ts';
import { LocalizedFields } from './LocalizedFields.tsx';
import { TextField } from './TextField.tsx';

/** One errand: its letter, names, colour, kiosk switches and the places that serve it by default. */
export function ErrandCard({
  errand,
  index,
  count,
  places,
  servedBy,
  errors,
  onChange,
  onServedBy,
  onMove,
  onRemove,
}: {
  errand: Errand;
  index: number;
  count: number;
  places: readonly Place[];
  /** Ids of the places that serve this errand by default. */
  servedBy: readonly string[];
  errors: FieldErrors;
  onChange: (errand: Errand) => void;
  onServedBy: (placeId: string, serves: boolean) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}) {
  const { t, language } = useI18n();
  const limits = errand.waitLimits ?? defaultWaitLimits;
  const path = `errands[${index}]`;
  const title = errand.name[language] ?? errand.name.de;
  const itemError = errors.get(path);
  return (
    <li className="card setup-item">
      <div className="setup-item__head">
        <ErrandBadge letter={errand.letter || '?'} index={index} colour={errand.colour} />
        <h4 className="setup-item__title">{title || t('setupNewErrand')}</h4>
        <div className="setup-item__actions">
          <button
            type="button"
            className="button button--quiet"
            disabled={index === 0}
            onClick={() => onMove(-1)}
          >
            {t('setupMoveUp')}
            <span className="visually-hidden">: {title}</span>
          </button>
          <button
            type="button"
            className="button button--quiet"
            disabled={index === count - 1}
            onClick={() => onMove(1)}
          >
            {t('setupMoveDown')}
            <span className="visually-hidden">: {title}</span>
          </button>
          <button type="button" className="button button--danger-quiet" onClick={onRemove}>
            {t('setupRemove')}
            <span className="visually-hidden">: {title}</span>
          </button>
        </div>
      </div>
      {itemError ? (
        <p className="field__error" role="alert">
          {itemError}
        </p>
      ) : null}
      <div className="setup-grid">
        <TextField
          label={t('setupLetter')}
          hint={t('setupLetterHint')}
          value={errand.letter}
          error={errors.get(`${path}.letter`)}
          onChange={(letter) => onChange({ ...errand, letter: letter.toUpperCase().slice(0, 1) })}
        />
        <ColourField
          errand={errand}
          index={index}
          error={errors.get(`${path}.colour`)}
          onChange={(colour) => onChange({ ...errand, colour })}
        />
        <label className="choice">
          <input
            type="checkbox"
            checked={errand.active !== false}
            onChange={(event) => onChange({ ...errand, active: event.target.checked })}
          />
          <span>{t('setupActive')}</span>
        </label>
        <label className="choice">
          <input
            type="checkbox"
            checked={errand.priority === true}
            onChange={(event) => onChange({ ...errand, priority: event.target.checked })}
          />
          <span>{t('setupPriority')}</span>
        </label>
        <label className="field">
          <span className="field__label">{t('setupCutOff')}</span>
          <select
            className="field__input"
            value={errand.cutOff ?? 'warn'}
            onChange={(event) => onChange({ ...errand, cutOff: cutOffOf(event.target.value) })}
          >
            <option value="warn">{t('setupCutOffWarn')}</option>
            <option value="stop">{t('setupCutOffStop')}</option>
            <option value="none">{t('setupCutOffNone')}</option>
          </select>
        </label>
        {(['amberMinutes', 'redMinutes'] as const).map((key) => (
          <TextField
            key={key}
            label={t(key === 'amberMinutes' ? 'setupAmber' : 'setupRed')}
            type="number"
            min={1}
            max={600}
            value={String(limits[key])}
            note={errand.waitLimits ? undefined : t('setupDefault')}
            error={key === 'amberMinutes' ? errors.get(`${path}.waitLimits`) : undefined}
            onChange={(value) =>
              onChange({ ...errand, waitLimits: { ...limits, [key]: Math.round(Number(value)) } })
            }
          />
        ))}
      </div>
      <LocalizedFields
        label={t('setupErrandName')}
        value={errand.name}
        path={`${path}.name`}
        errors={errors}
        onChange={(name) => onChange({ ...errand, name: name ?? { de: '' } })}
      />
      <LocalizedFields
        label={t('setupErrandHint')}
        value={errand.hint}
        path={`${path}.hint`}
        errors={errors}
        onChange={(hint) => onChange({ ...errand, hint })}
      />
      <CheckList
        legend={t('setupServedBy')}
        options={places.map((place) => ({ id: place.id, label: place.name }))}
        checked={servedBy}
        onToggle={onServedBy}
      />
    </li>
  );
}

const cutOffOf = (value: string): CutOffPolicy => (value === 'stop' || value === 'none' ? value : 'warn');
