import { useCallback, useEffect, useState } from 'preact/hooks';
import { audioSupported, playChime, unlockAudio } from './chime.ts';

const KEY = 'aufruf.follow.sound';

function remembered(): boolean {
  try {
    return localStorage.getItem(KEY) === 'on';
  } catch {
    return false;
  }
}

function remember(on: boolean): void {
  try {
    localStorage.setItem(KEY, on ? 'on' : 'off');
  } catch {
    // Private mode without storage: the choice lasts as long as the page.
  }
}

export interface Sound {
  /** False when the browser has no Web Audio: the page then offers no sound button. */
  readonly supported: boolean;
  /** Sound will play: switched on and unlocked by a tap on this page. */
  readonly on: boolean;
  readonly enable: () => void;
  readonly disable: () => void;
}

/** The visitor's choice of sound, remembered on this phone; audio itself needs a tap on every page load. */
export function useSound(): Sound {
  const [on, setOn] = useState(false);

  useEffect(() => {
    if (!remembered()) return undefined;
    // Switched on before: the first tap anywhere on the page starts the audio again, without asking.
    const unlock = (): void => {
      void unlockAudio().then((running) => {
        if (!running) return;
        setOn(true);
        stop();
      });
    };
    const stop = (): void => {
      document.removeEventListener('pointerdown', unlock);
      document.removeEventListener('keydown', unlock);
    };
    document.addEventListener('pointerdown', unlock);
    document.addEventListener('keydown', unlock);
    unlock(); // Some browsers allow it without a tap on a page the visitor has used before.
    return stop;
  }, []);

  const enable = useCallback(() => {
    void unlockAudio().then((running) => {
      if (!running) return;
      remember(true);
      setOn(true);
      // A short tone now, so the visitor hears how loud the call will be.
      playChime('test');
    });
  }, []);

  const disable = useCallback(() => {
    remember(false);
    setOn(false);
  }, []);

  return { supported: audioSupported(), on, enable, disable };
}
