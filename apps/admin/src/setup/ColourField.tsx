import type { Errand } from '@aufruf/core';
import { useId } from 'react';
import { toneHex } from '../errand-colour.ts';
import { useI18n } from '../i18n-context.ts';

/**
 * An errand's colour as the screens paint it: the office's own, or the theme's tone for its position
 * (marked as the default). Choosing a colour makes it the errand's own; "Standardfarbe" gives it back.
 */
export function ColourField({
  errand,
  index,
  error,
  onChange,
}: {
  errand: Errand;
  index: number;
  error: string | undefined;
  onChange: (colour: string | undefined) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const own = errand.colour?.toLowerCase();
  const shown = own ?? toneHex(index);
  const described = [own === undefined ? `${id}-note` : null, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(' ');
  return (
    <div className="field colour-field">
      <div className="field__head">
        <label className="field__label" htmlFor={id}>
          {t('setupColour')}
        </label>
        {own === undefined ? (
          <span id={`${id}-note`} className="tag">
            {t('setupColourDefault')}
          </span>
        ) : null}
      </div>
      <div className="colour-field__row">
        <input
          id={id}
          className="colour-field__input"
          type="color"
          value={shown}
          aria-invalid={error ? true : undefined}
          aria-describedby={described || undefined}
          onChange={(event) => onChange(event.target.value)}
        />
        <code className="colour-field__code" dir="ltr">
          {shown}
        </code>
        {own !== undefined ? (
          <button type="button" className="button button--quiet" onClick={() => onChange(undefined)}>
            {t('setupColourReset')}
          </button>
        ) : null}
      </div>
      {error ? (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
