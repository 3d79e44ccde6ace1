import { DEFAULT_CLOSING_GRACE_MINUTES, weekdays } from '@aufruf/core';
import type { DayException, OpeningHours, Weekday } from '@aufruf/core';
import type { HolidayRegion } from '@aufruf/protocol';
import { ExceptionsSection } from './ExceptionsSection.tsx';
import { useI18n } from '../i18n-context.ts';
import type { MessageKey } from '../i18n.ts';
import type { FieldErrors } from './field-errors.ts';
import { TextField } from './TextField.tsx';

const DAY_NAMES: Readonly<Record<Weekday, MessageKey>> = {
  mon: 'dayMon',
  tue: 'dayTue',
  wed: 'dayWed',
  thu: 'dayThu',
  fri: 'dayFri',
  sat: 'daySat',
  sun: 'daySun',
};

/** When the kiosk hands out numbers: any time, or per weekday from–until. */
export function HoursSection({
  hours,
  grace,
  region,
  exceptions,
  today,
  errors,
  onChange,
  onGrace,
  onRegion,
  onExceptions,
}: {
  hours: OpeningHours | null;
  region: HolidayRegion | null | undefined;
  exceptions: readonly DayException[];
  /** YYYY-MM-DD, office time. */
  today: string;
  onRegion: (region: HolidayRegion | null) => void;
  onExceptions: (exceptions: DayException[]) => void;
  /** Minutes served after closing time; the built-in 30 when undefined. */
  grace: number | undefined;
  errors: FieldErrors;
  onChange: (hours: OpeningHours | null) => void;
  onGrace: (minutes: number | undefined) => void;
}) {
  const { t } = useI18n();
  const setDay = (day: Weekday, value: { from: string; until: string } | null): void =>
    onChange({ ...hours, [day]: value });
  return (
    <section className="card setup-section" aria-labelledby="setup-hours">
      <h3 id="setup-hours">{t('setupHours')}</h3>
      <label className="choice">
        <input
          type="checkbox"
          checked={hours !== null}
          onChange={(event) =>
            onChange(event.target.checked ? { thu: { from: '08:00', until: '12:00' } } : null)
          }
        />
        <span>{t('setupHoursLimited')}</span>
      </label>
      {hours === null ? (
        <p className="field__hint">
          {t('setupHoursAnyTime')} <span className="tag">{t('setupDefault')}</span>
        </p>
      ) : (
        <ul className="hours-list">
          {weekdays.map((day) => {
            const value = hours[day] ?? null;
            return (
              <li key={day} className="hours-row">
                <label className="choice">
                  <input
                    type="checkbox"
                    checked={value !== null}
                    onChange={(event) =>
                      setDay(day, event.target.checked ? { from: '08:00', until: '12:00' } : null)
                    }
                  />
                  <span>{t(DAY_NAMES[day])}</span>
                </label>
                {value ? (
                  <>
                    <TextField
                      label={t('setupFrom')}
                      type="time"
                      value={value.from}
                      error={errors.get(`hours.${day}.from`)}
                      onChange={(from) => setDay(day, { ...value, from })}
                    />
                    <TextField
                      label={t('setupUntil')}
                      type="time"
                      value={value.until}
                      error={errors.get(`hours.${day}.until`)}
                      onChange={(until) => setDay(day, { ...value, until })}
                    />
                  </>
                ) : (
                  <span className="field__hint">{t('setupClosed')}</span>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {hours === null ? null : (
        <TextField
          label={t('setupGrace')}
          type="number"
          min={0}
          max={240}
          value={String(grace ?? DEFAULT_CLOSING_GRACE_MINUTES)}
          note={grace === undefined ? t('setupDefault') : undefined}
          hint={t('setupGraceHint')}
          error={errors.get('closingGraceMinutes')}
          onChange={(value) => onGrace(value === '' ? undefined : Math.round(Number(value)))}
        />
      )}
      {hours === null ? null : (
        <ExceptionsSection
          region={region}
          exceptions={exceptions}
          today={today}
          errors={errors}
          onRegion={onRegion}
          onExceptions={onExceptions}
        />
      )}
    </section>
  );
}
