import { directionOf } from '@aufruf/ui';
import type { Language } from '@aufruf/ui';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { pickLanguage } from './i18n.ts';

const KEY = 'aufruf.follow.language';

function stored(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

/** The page's language: the visitor's own switch if they used it, else the phone's language. */
export function useLanguage(): [Language, (language: Language) => void] {
  const [language, setLanguage] = useState(() =>
    pickLanguage(new URLSearchParams(location.search).get('lang') ?? stored(), navigator.language),
  );
  useEffect(() => {
    document.documentElement.lang = language;
    document.documentElement.dir = directionOf(language);
  }, [language]);
  const choose = useCallback((next: Language) => {
    try {
      localStorage.setItem(KEY, next);
    } catch {
      // Without storage the choice lasts as long as the page.
    }
    setLanguage(next);
  }, []);
  return [language, choose];
}
