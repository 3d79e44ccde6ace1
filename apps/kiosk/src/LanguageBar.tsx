import { languageNames, languages } from '@aufruf/ui';
import type { Language } from '@aufruf/ui';

/** Language buttons, each written in its own language. */
export function LanguageBar({
  language,
  label,
  onChange,
}: {
  language: Language;
  label: string;
  onChange: (language: Language) => void;
}) {
  return (
    <nav className="language-bar" aria-label={label}>
      {languages.map((code) => (
        <button
          key={code}
          type="button"
          lang={code}
          className="language-button"
          aria-pressed={code === language}
          onClick={() => onChange(code)}
        >
          {languageNames[code]}
        </button>
      ))}
    </nav>
  );
}
