import { useCallback, useState } from 'react';
import { lastInputWasKeyboard } from './input-modality.ts';

/**
 * With spoken help on, a button that does something for good (draw a number, leave the ticket screen)
 * speaks its label on the first tap and acts on the second, so a visitor who cannot read it hears
 * what they are about to choose. From the keyboard, focusing already spoke it (useSpokenFocus), so
 * Enter or Space acts at once. Without spoken help every tap acts at once.
 */
export function useSecondTap(
  enabled: boolean,
  speak: (text: string) => void,
): { armed: string | null; press: (id: string, label: string, act: () => void) => void } {
  const [armed, setArmed] = useState<string | null>(null);
  const press = useCallback(
    (id: string, label: string, act: () => void) => {
      if (enabled && armed !== id && !lastInputWasKeyboard()) {
        setArmed(id);
        speak(label);
        return;
      }
      act();
    },
    [enabled, armed, speak],
  );
  return { armed: enabled ? armed : null, press };
}
