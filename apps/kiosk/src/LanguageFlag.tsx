import type { Language } from '@aufruf/ui';
import type { ReactElement } from 'react';

// Drawn inline: the kiosk loads nothing from the internet, and emoji flags do not render everywhere.
// A flag stands for a country, not a language, so each is only a visual cue beside the language's own
// name. Arabic is spoken in some twenty countries; picking one of their flags would tell most Arabic
// speakers "not for you", so Arabic gets a neutral emblem with its first letter instead.
const FLAGS: Readonly<Record<Language, ReactElement>> = {
  de: (
    <>
      <rect width="30" height="20" fill="#000" />
      <rect y="6.67" width="30" height="6.67" fill="#dd0000" />
      <rect y="13.33" width="30" height="6.67" fill="#ffce00" />
    </>
  ),
  en: (
    <>
      <rect width="30" height="20" fill="#012169" />
      <path d="M0 0 30 20M30 0 0 20" stroke="#fff" strokeWidth="4" />
      <path d="M0 0 30 20M30 0 0 20" stroke="#c8102e" strokeWidth="1.6" />
      <path d="M15 0v20M0 10h30" stroke="#fff" strokeWidth="6" />
      <path d="M15 0v20M0 10h30" stroke="#c8102e" strokeWidth="3.4" />
    </>
  ),
  tr: (
    <>
      <rect width="30" height="20" fill="#e30a17" />
      <circle cx="11" cy="10" r="5" fill="#fff" />
      <circle cx="12.25" cy="10" r="4" fill="#e30a17" />
      <path d="m16.2 10 4.6-1.5-2.85 3.9V7.6l2.85 3.9z" fill="#fff" />
    </>
  ),
  ar: (
    <>
      <rect width="30" height="20" rx="3" fill="#006c35" />
      <text x="15" y="15" textAnchor="middle" fontSize="13" fill="#fff" fontFamily="sans-serif">
        ع
      </text>
    </>
  ),
  uk: (
    <>
      <rect width="30" height="10" fill="#0057b7" />
      <rect y="10" width="30" height="10" fill="#ffd700" />
    </>
  ),
};

/** A small flag (or emblem) beside a language's name; decorative, the name carries the meaning. */
export function LanguageFlag({ language }: { language: Language }) {
  return (
    <svg
      className="language-flag"
      viewBox="0 0 30 20"
      width="36"
      height="24"
      aria-hidden="true"
      focusable="false"
    >
      {FLAGS[language]}
    </svg>
  );
}
