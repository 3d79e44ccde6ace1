import type { DayException } from '@aufruf/core';
import { holidayRegions } from '@aufruf/protocol';
import type { HolidayRegion } from '@aufruf/protocol';
import { useI18n } from '../i18n-context.ts';
import type { FieldErrors } from './field-errors.ts';
import { TextField } from './TextField.tsx';

/** The Länder by their own names: proper nouns, the same in every language of this page. */
const LAND_NAMES: Readonly<Record<HolidayRegion, string>> = {
  'DE-BW': 'Baden-Württemberg',
  'DE-BY': 'Bayern',
  'DE-BE': 'Berlin',
  'DE-BB': 'Brandenburg',
  'DE-HB': 'Bremen',
  'DE-HH': 'Hamburg',
  'DE-HE': 'Hessen',
  'DE-MV': 'Mecklenburg-Vorpommern',
  'DE-NI': 'Niedersachsen',
  'DE-NW': 'Nordrhein-Westfalen',
  'DE-RP': 'Rheinland-Pfalz',
  'DE-SL': 'Saarland',
  'DE-SN': 'Sachsen',
  'DE-ST': 'Sachsen-Anhalt',
  'DE-SH': 'Schleswig-Holstein',
  'DE-TH': 'Thüringen',
};

const isRegion = (value: string): value is HolidayRegion =>
  (holidayRegions as readonly string[]).includes(value);

/**
 * Days that differ from their weekday: the public holidays of the office's Land (kept up to date by
 * the hub), and the office's own closures ("Betriebsausflug") and special hours ("Langer Donnerstag").
 */
export function ExceptionsSection({
  region,
  exceptions,
  today,
  errors,
  onRegion,
  onExceptions,
}: {
  region: HolidayRegion | null | undefined;
  exceptions: readonly DayException[];
  /** YYYY-MM-DD, office time: what a new row starts with. */
  today: string;
  errors: FieldErrors;
  onRegion: (region: HolidayRegion | null) => void;
  onExceptions: (exceptions: DayException[]) => void;
}) {
  const { t } = useI18n();
  const change = (index: number, next: DayException): void =>
    onExceptions(exceptions.map((e, i) => (i === index ? next : e)));
  return (
    <div className="exceptions">
      <label className="field">
        <span className="field__label">{t('setupHolidays')}</span>
        <select
          className="field__input"
          value={region ?? ''}
          onChange={(event) => onRegion(isRegion(event.target.value) ? event.target.value : null)}
        >
          <option value="">{t('setupHolidaysNone')}</option>
          {holidayRegions.map((code) => (
            <option key={code} value={code}>
              {LAND_NAMES[code]}
            </option>
          ))}
        </select>
      </label>
      <h4 className="exceptions__title">{t('setupExceptions')}</h4>
      {exceptions.length === 0 ? <p className="field__hint">{t('setupExceptionsNone')}</p> : null}
      <ul className="exceptions__list">
        {exceptions.map((exception, index) => {
          const path = `exceptions.${index}`;
          return (
            <li key={index} className="exceptions__row">
              <TextField
                label={t('setupExceptionDate')}
                type="date"
                value={exception.date}
                error={errors.get(`${path}.date`)}
                onChange={(date) => change(index, { ...exception, date })}
              />
              <TextField
                label={t('setupExceptionName')}
                value={exception.name}
                error={errors.get(`${path}.name`)}
                onChange={(name) => change(index, { ...exception, name })}
              />
              <label className="choice">
                <input
                  type="checkbox"
                  checked={exception.hours === null}
                  onChange={(event) =>
                    change(index, {
                      ...exception,
                      hours: event.target.checked ? null : { from: '08:00', until: '12:00' },
                    })
                  }
                />
                <span>{t('setupExceptionClosed')}</span>
              </label>
              {exception.hours ? (
                <>
                  <TextField
                    label={t('setupFrom')}
                    type="time"
                    value={exception.hours.from}
                    error={errors.get(`${path}.hours.from`)}
                    onChange={(from) =>
                      exception.hours && change(index, { ...exception, hours: { ...exception.hours, from } })
                    }
                  />
                  <TextField
                    label={t('setupUntil')}
                    type="time"
                    value={exception.hours.until}
                    error={errors.get(`${path}.hours.until`)}
                    onChange={(until) =>
                      exception.hours && change(index, { ...exception, hours: { ...exception.hours, until } })
                    }
                  />
                </>
              ) : null}
              <button
                type="button"
                className="button button--quiet"
                onClick={() => onExceptions(exceptions.filter((_, i) => i !== index))}
              >
                {t('setupExceptionRemove')}
              </button>
            </li>
          );
        })}
      </ul>
      <button
        type="button"
        className="button button--quiet"
        onClick={() => onExceptions([...exceptions, { date: today, hours: null, name: '' }])}
      >
        {t('setupExceptionAdd')}
      </button>
    </div>
  );
}
