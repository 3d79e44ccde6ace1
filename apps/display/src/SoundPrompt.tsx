import { useEffect, useRef } from 'react';
import type { Translate } from './i18n.ts';
import type { SoundController } from './sound/sound-controller.ts';
import { SpeakerIcon } from '@aufruf/ui';

/**
 * First start: browsers play sound only after a click, so the screen asks for one, large enough to
 * find on a TV. It sits over the list of earlier calls; the current call stays readable meanwhile.
 */
export function SoundPrompt({ sound, t }: { sound: SoundController; t: Translate }) {
  const enable = useRef<HTMLButtonElement>(null);
  // Focused, so the OK key of a TV remote or a keyboard's Enter presses it.
  useEffect(() => enable.current?.focus(), []);
  return (
    <div
      className="sound-prompt"
      role="dialog"
      aria-labelledby="sound-prompt-title"
      aria-describedby="sound-prompt-text"
    >
      <SpeakerIcon className="sound-prompt-icon" />
      <h2 id="sound-prompt-title" className="sound-prompt-title">
        {t('soundTitle')}
      </h2>
      <p id="sound-prompt-text" className="sound-prompt-text">
        {t('soundText')}
      </p>
      <button ref={enable} type="button" className="sound-enable" onClick={sound.enable}>
        {t('soundEnable')}
      </button>
      <button type="button" className="sound-dismiss" onClick={sound.dismiss}>
        {t('soundDismiss')}
      </button>
    </div>
  );
}
