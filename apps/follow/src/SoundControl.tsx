import type { Translate } from './i18n.ts';
import type { Sound } from './use-sound.ts';

function Bell() {
  return (
    <svg class="bell" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1Z"
      />
    </svg>
  );
}

/**
 * Sound needs one tap on the page (a browser rule); the choice is remembered on this phone. One button
 * that changes its words, so focus stays on it after the tap.
 */
export function SoundControl({ sound, t }: { sound: Sound; t: Translate }) {
  if (!sound.supported) return null;
  return (
    <div class="sound">
      <button
        type="button"
        class={`button ${sound.on ? 'button--quiet' : 'button--primary'}`}
        onClick={sound.on ? sound.disable : sound.enable}
      >
        <Bell />
        {sound.on ? t('soundOff') : t('soundOn')}
      </button>
      <p class="sound-hint">{sound.on ? t('soundIsOn') : t('soundHint')}</p>
    </div>
  );
}
