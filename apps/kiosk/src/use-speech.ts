import type { Language } from '@aufruf/ui';
import { useCallback } from 'react';

// BCP 47 tags the speech engines know voices by.
const VOICE_LANG: Readonly<Record<Language, string>> = {
  de: 'de-DE',
  en: 'en-GB',
  tr: 'tr-TR',
  ar: 'ar',
  uk: 'uk-UA',
};

/**
 * Speaks a text in the visitor's language when spoken help is on. The kiosk's own speech engine does
 * it (Windows and most Linux kiosks have voices); a newer text cuts off the one still speaking, so a
 * visitor moving through the buttons always hears the one they are on.
 */
export function useSpeech(
  enabled: boolean,
  language: Language,
): (text: string, textLanguage?: Language) => void {
  return useCallback(
    // A text in another language (a language's own name, an untranslated errand) gets its own voice.
    (text: string, textLanguage?: Language) => {
      if (enabled) speakNow(text, textLanguage ?? language);
    },
    [enabled, language],
  );
}

/** Speaks at once (switching spoken help on says so even before the state has changed). */
export function speakNow(text: string, language: Language): void {
  if (typeof window.speechSynthesis === 'undefined') return;
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = VOICE_LANG[language];
  window.speechSynthesis.cancel();
  window.speechSynthesis.speak(utterance);
}

/** Speaks when spoken help is on (in the visitor's language unless told another); else does nothing. */
export type Speak = (text: string, textLanguage?: Language) => void;
