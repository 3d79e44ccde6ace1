import { isLanguage } from '@aufruf/ui';
import type { Language } from '@aufruf/ui';
import { useEffect } from 'react';
import { lastInputWasKeyboard } from './input-modality.ts';

/**
 * With spoken help on, every button reached by Tab says what it is: `data-speak` where the visible
 * text is not the whole story (a tile's name and examples), else its accessible label or text. A
 * button in another language (the language switch) carries `lang` and is read with that voice.
 * Focus from a tap is left alone: the tap itself speaks (useSecondTap).
 */
export function useSpokenFocus(enabled: boolean, speak: (text: string, language?: Language) => void): void {
  useEffect(() => {
    if (!enabled) return;
    const onFocus = (event: FocusEvent): void => {
      if (!lastInputWasKeyboard() || !(event.target instanceof HTMLElement)) return;
      const button = event.target.closest('button');
      if (!button) return;
      const text = button.dataset.speak ?? button.getAttribute('aria-label') ?? button.innerText;
      const lang = button.getAttribute('lang');
      if (text.trim()) speak(text.replace(/\s+/g, ' ').trim(), isLanguage(lang) ? lang : undefined);
    };
    document.addEventListener('focusin', onFocus);
    return () => document.removeEventListener('focusin', onFocus);
  }, [enabled, speak]);
}
