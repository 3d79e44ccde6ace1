import { useId, useState } from 'react';
import { useI18n } from '../i18n-context.ts';
import type { MessageKey } from '../i18n.ts';
import { dayCount, isDay, quickRanges } from './day-range.ts';
import type { DayRange } from './day-range.ts';

// The hub answers for at most a (leap) year at a time.
const MAX_DAYS = 366;

/** Quick choices (today, last Thursday, the last 7 or 30 days) and a free period from–to. */
export function RangePicker({
  range,
  today,
  onChange,
}: {
  range: DayRange;
  today: string;
  onChange: (range: DayRange | null) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const [invalid, setInvalid] = useState<MessageKey | null>(null);
  // What the inputs show while it is not a valid period yet (end before start).
  const [draft, setDraft] = useState<DayRange | null>(null);
  const shown = draft ?? range;
  const quick = quickRanges(today);

  const setEnd = (end: 'from' | 'to', value: string): void => {
    if (!isDay(value)) return;
    const next = { ...shown, [end]: value };
    const problem: MessageKey | null =
      next.from > next.to ? 'rangeInvalid' : dayCount(next) > MAX_DAYS ? 'rangeTooLong' : null;
    setInvalid(problem);
    setDraft(problem ? next : null);
    if (!problem) onChange(next);
  };

  const pick = (key: MessageKey, next: DayRange): void => {
    setInvalid(null);
    setDraft(null);
    onChange(key === 'quickToday' ? null : next);
  };

  return (
    <div className="range">
      <div className="range__controls" role="group" aria-label={t('statsRange')}>
        <div className="range__quick">
          {Object.entries(quick).map(([key, option]) => (
            <button
              key={key}
              type="button"
              className="button button--choice"
              aria-pressed={option.from === range.from && option.to === range.to}
              onClick={() => pick(key as MessageKey, option)}
            >
              {t(key as MessageKey)}
            </button>
          ))}
        </div>
        <div className="range__dates">
          <label className="range__date">
            <span className="field__label">{t('rangeFrom')}</span>
            <input
              type="date"
              className="field__input field__input--date"
              value={shown.from}
              max={today}
              onChange={(event) => setEnd('from', event.target.value)}
              aria-invalid={invalid ? true : undefined}
              aria-describedby={invalid ? `${id}-invalid` : undefined}
            />
          </label>
          <label className="range__date">
            <span className="field__label">{t('rangeTo')}</span>
            <input
              type="date"
              className="field__input field__input--date"
              value={shown.to}
              max={today}
              onChange={(event) => setEnd('to', event.target.value)}
              aria-invalid={invalid ? true : undefined}
              aria-describedby={invalid ? `${id}-invalid` : undefined}
            />
          </label>
        </div>
      </div>
      {invalid ? (
        <p id={`${id}-invalid`} className="alert" role="alert">
          {t(invalid)}
        </p>
      ) : null}
    </div>
  );
}
