import { languageNames, languages } from '@aufruf/ui';
import type { Language } from '@aufruf/ui';
import type { ReactNode } from 'react';
import { LanguageFlag } from './LanguageFlag.tsx';

/** Language buttons, each with its flag and written in its own language, and the spoken-help switch. */
export function LanguageBar({
  language,
  label,
  onChange,
  children,
}: {
  language: Language;
  label: string;
  onChange: (language: Language) => void;
  /** Further controls of the bar (the spoken-help switch). */
  children?: ReactNode;
}) {
  return (
    <nav className="language-bar" aria-label={label}>
      {languages.map((code) => (
        <button
          key={code}
          type="button"
          lang={code}
          dir="auto"
          className="language-button"
          aria-pressed={code === language}
          onClick={() => onChange(code)}
        >
          <LanguageFlag language={code} />
          <span>{languageNames[code]}</span>
        </button>
      ))}
      {children}
    </nav>
  );
}
