import type { Translate } from './i18n.ts';
import type { SoundController, SoundStatus } from './sound/sound-controller.ts';
import { SpeakerIcon } from '@aufruf/ui';

/** A small line in the bottom strip while the screen is silent, so nobody trusts it to be heard. */
export function SoundHint({
  status,
  sound,
  t,
}: {
  status: SoundStatus;
  sound: SoundController;
  t: Translate;
}) {
  if (status === 'dismissed') {
    return (
      <button type="button" className="sound-hint" onClick={sound.enable}>
        <SpeakerIcon muted className="sound-hint-icon" />
        {t('soundSilent')}
        <span className="visually-hidden"> – {t('soundEnable')}</span>
      </button>
    );
  }
  if (status !== 'blocked' && status !== 'unsupported') return null;
  return (
    <p className="sound-hint" role="status">
      <SpeakerIcon muted className="sound-hint-icon" />
      {t(status === 'blocked' ? 'soundBlocked' : 'soundUnsupported')}
    </p>
  );
}
