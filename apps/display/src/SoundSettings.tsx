import { useEffect, useState } from 'react';
import type { Translate } from './i18n.ts';
import type { Announcer } from './sound/announcer.ts';
import type { SoundController, SoundState } from './sound/sound-controller.ts';
import { SpeakerIcon } from '@aufruf/ui';

/** How long the volume control stays after the last touch, mouse movement or key. */
const SHOWN_MS = 15_000;

/**
 * The screen's volume. A TV is calm: the control appears only while someone uses a mouse, touch or
 * keys on it (e.g. right after switching the sound on) and goes away by itself.
 */
export function SoundSettings({
  state,
  sound,
  announcer,
  t,
}: {
  state: SoundState;
  sound: SoundController;
  announcer: Announcer;
  t: Translate;
}) {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const wake = (): void => {
      setShown(true);
      clearTimeout(timer);
      timer = setTimeout(() => setShown(false), SHOWN_MS);
    };
    const events = ['pointermove', 'pointerdown', 'keydown'] as const;
    for (const type of events) window.addEventListener(type, wake, { passive: true });
    return () => {
      clearTimeout(timer);
      for (const type of events) window.removeEventListener(type, wake);
    };
  }, []);
  if (state.status !== 'on' || !shown) return null;
  const percent = Math.round(state.volume * 100);
  return (
    <div className="sound-settings" role="group" aria-label={t('soundSettings')}>
      <SpeakerIcon className="sound-settings-icon" muted={percent === 0} />
      <label className="sound-settings-label" htmlFor="sound-volume">
        {t('soundVolume')}
      </label>
      <input
        id="sound-volume"
        className="sound-settings-range"
        type="range"
        min={0}
        max={100}
        step={5}
        value={percent}
        onChange={(event) => sound.setVolume(Number(event.currentTarget.value) / 100)}
      />
      <output className="sound-settings-value" htmlFor="sound-volume">
        {percent} %
      </output>
      <button type="button" className="sound-settings-test" onClick={announcer.ringTest}>
        {t('soundTest')}
      </button>
    </div>
  );
}
