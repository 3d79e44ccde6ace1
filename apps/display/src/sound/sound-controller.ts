import type { AudioEngine } from './audio-engine.ts';
import { rememberSound, rememberVolume } from './sound-memory.ts';

/**
 * - `off`: a screen set up to be silent (`?sound=off`);
 * - `unsupported`: a browser without Web Audio;
 * - `ask`: first start, nobody has switched the sound on yet: the big "Ton aktivieren" button;
 * - `dismissed`: someone chose to go on without sound for now;
 * - `starting`: switched on before, the browser is starting the sound;
 * - `blocked`: switched on before, but the browser wants a click or key press first;
 * - `on`: every call is heard.
 */
export type SoundStatus = 'off' | 'unsupported' | 'ask' | 'dismissed' | 'starting' | 'blocked' | 'on';

export interface SoundState {
  readonly status: SoundStatus;
  readonly volume: number;
}

/** The screen's sound switch, for the announcer and for the views. */
export interface SoundController {
  readonly getState: () => SoundState;
  readonly subscribe: (listener: () => void) => () => void;
  /** Switches sound on; call it straight from a click or key press (the browser's condition). */
  readonly enable: () => void;
  readonly dismiss: () => void;
  readonly setVolume: (volume: number) => void;
  readonly playing: () => boolean;
}

/** How long a remembered "on" may take to start before the screen says it is silent. */
const START_GRACE_MS = 1500;

export function createSoundController(options: {
  readonly engine: AudioEngine;
  /** False for a screen set up to stay silent. */
  readonly wanted: boolean;
  /** Sound was switched on here before, or the shell allows it anyway (the Electron display). */
  readonly remembered: boolean;
  readonly volume: number;
}): SoundController {
  const { engine } = options;
  const listeners = new Set<() => void>();
  let state: SoundState = {
    status: !options.wanted
      ? 'off'
      : !engine.supported
        ? 'unsupported'
        : options.remembered
          ? 'starting'
          : 'ask',
    volume: options.volume,
  };

  const publish = (next: Partial<SoundState>): void => {
    state = { ...state, ...next };
    for (const listener of listeners) listener();
  };

  // While the browser blocks sound, the first touch, click or key on the screen switches it on.
  const gestures = ['pointerdown', 'keydown'] as const;
  const onGesture = (): void => enable();
  const awaitGesture = (): void => {
    for (const type of gestures) window.addEventListener(type, onGesture, { capture: true });
  };
  const stopAwaiting = (): void => {
    for (const type of gestures) window.removeEventListener(type, onGesture, { capture: true });
  };

  /** Follows the browser: the sound is on exactly while its audio runs. */
  const settle = (): void => {
    if (state.status !== 'starting' && state.status !== 'blocked' && state.status !== 'on') return;
    if (engine.running()) {
      stopAwaiting();
      if (state.status !== 'on') publish({ status: 'on' });
    } else {
      if (state.status !== 'blocked') publish({ status: 'blocked' });
      awaitGesture();
    }
  };

  function enable(): void {
    if (state.status === 'off' || state.status === 'unsupported') return;
    rememberSound();
    if (state.status !== 'on') publish({ status: 'starting' });
    void engine.start().then(settle);
  }

  engine.onChange(settle);
  if (state.status === 'starting') {
    void engine.start().then((running) => running && settle());
    setTimeout(() => state.status === 'starting' && settle(), START_GRACE_MS);
  }

  return {
    getState: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    enable,
    dismiss: () => {
      if (state.status === 'ask') publish({ status: 'dismissed' });
    },
    setVolume: (volume) => {
      const clamped = Math.round(Math.min(1, Math.max(0, volume)) * 100) / 100;
      engine.setVolume(clamped);
      rememberVolume(clamped);
      publish({ volume: clamped });
    },
    playing: () => state.status === 'on' && engine.running(),
  };
}
