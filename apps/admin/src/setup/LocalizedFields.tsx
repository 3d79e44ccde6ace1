import type { LocalizedText } from '@aufruf/core';
import { directionOf, languageNames, languages } from '@aufruf/ui';
import type { FieldErrors } from './field-errors.ts';
import { TextField } from './TextField.tsx';

/**
 * A text in the five kiosk languages: German is required, the others may stay empty (German is
 * shown then). An empty German text means "no text" where the whole text is optional.
 */
export function LocalizedFields({
  label,
  value,
  path,
  errors,
  onChange,
}: {
  label: string;
  value: LocalizedText | undefined;
  path: string;
  errors: FieldErrors;
  onChange: (value: LocalizedText | undefined) => void;
}) {
  const set = (language: string, text: string): void => {
    const entries = Object.entries({ ...value, [language]: text }).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '',
    );
    const de = entries.find(([key]) => key === 'de')?.[1] ?? '';
    const rest = Object.fromEntries(entries.filter(([key]) => key !== 'de'));
    onChange(de === '' && Object.keys(rest).length === 0 ? undefined : { ...rest, de });
  };
  return (
    <fieldset className="localized">
      <legend className="field__label">{label}</legend>
      {languages.map((language) => (
        <TextField
          key={language}
          className="localized__field"
          label={languageNames[language]}
          lang={language}
          dir={directionOf(language)}
          value={value?.[language] ?? ''}
          error={errors.get(`${path}.${language}`) ?? (language === 'de' ? errors.get(path) : undefined)}
          onChange={(text) => set(language, text)}
        />
      ))}
    </fieldset>
  );
}
