import { useId } from 'react';
import { directionOf, languageNames, languages } from './i18n.ts';
import type { Language } from './i18n.ts';

const LABEL: Readonly<Record<Language, string>> = {
  de: 'Sprache',
  en: 'Language',
  tr: 'Dil',
  ar: 'اللغة',
  uk: 'Мова',
};

/** The staff screens' language choice: every language named in itself. */
export function LanguageSelect({
  language,
  onChange,
  className,
}: {
  language: Language;
  onChange: (language: Language) => void;
  className?: string;
}) {
  const id = useId();
  return (
    <span className={className ? `language-select ${className}` : 'language-select'}>
      <label htmlFor={id} className="language-select__label">
        {LABEL[language]}
      </label>
      <select
        id={id}
        className="language-select__input"
        value={language}
        onChange={(event) => {
          const next = languages.find((l) => l === event.target.value);
          if (next) onChange(next);
        }}
      >
        {languages.map((code) => (
          <option key={code} value={code} lang={code} dir={directionOf(code)}>
            {languageNames[code]}
          </option>
        ))}
      </select>
    </span>
  );
}

/** `?lang=ar` in the address, else what this browser remembered, else German. */
export function languageFromUrl(stored: string | null | undefined): Language {
  const requested = new URLSearchParams(window.location.search).get('lang');
  return languages.find((l) => l === requested) ?? languages.find((l) => l === stored) ?? 'de';
}
