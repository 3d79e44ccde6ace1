import type { LocalizedText } from '@aufruf/core';
import { directionOf, languageNames, languages } from '@aufruf/ui';
import type { Language } from '@aufruf/ui';
import { useId } from 'react';
import { useI18n } from '../i18n-context.ts';
import type { FieldErrors } from './field-errors.ts';
import { TextField } from './TextField.tsx';

/** What the screens show while the office has written nothing: per language, and a sentence saying so. */
export interface ScreenDefault {
  readonly texts: Readonly<Record<Language, string>>;
  readonly hint: string;
}

/**
 * A text in the five kiosk languages: German is required, the others may stay empty (German is
 * shown then). An empty German text means "no text" where the whole text is optional; then the
 * screens' own text is in use, shown as each field's placeholder and marked "Standard".
 */
export function LocalizedFields({
  label,
  value,
  path,
  errors,
  onChange,
  defaults,
}: {
  label: string;
  value: LocalizedText | undefined;
  path: string;
  errors: FieldErrors;
  onChange: (value: LocalizedText | undefined) => void;
  defaults?: ScreenDefault;
}) {
  const { t } = useI18n();
  const id = useId();
  const set = (language: string, text: string): void => {
    const entries = Object.entries({ ...value, [language]: text }).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '',
    );
    const de = entries.find(([key]) => key === 'de')?.[1] ?? '';
    const rest = Object.fromEntries(entries.filter(([key]) => key !== 'de'));
    onChange(de === '' && Object.keys(rest).length === 0 ? undefined : { ...rest, de });
  };
  const usesDefault = defaults !== undefined && value === undefined;
  // What a screen in that language shows for an empty field: the German text, else the screens' own.
  const placeholder = (language: Language): string | undefined =>
    value?.de !== undefined ? (language === 'de' ? undefined : value.de) : defaults?.texts[language];
  return (
    <fieldset className="localized" aria-describedby={usesDefault ? `${id}-default` : undefined}>
      <legend className="field__label">
        {label}
        {usesDefault ? (
          <>
            {' '}
            <span className="tag field__tag">{t('setupDefault')}</span>
          </>
        ) : null}
      </legend>
      {usesDefault ? (
        <p id={`${id}-default`} className="field__hint localized__default">
          {defaults.hint}
        </p>
      ) : null}
      {languages.map((language) => (
        <TextField
          key={language}
          className="localized__field"
          label={languageNames[language]}
          lang={language}
          dir={directionOf(language)}
          value={value?.[language] ?? ''}
          placeholder={placeholder(language)}
          error={errors.get(`${path}.${language}`) ?? (language === 'de' ? errors.get(path) : undefined)}
          onChange={(text) => set(language, text)}
        />
      ))}
    </fieldset>
  );
}
