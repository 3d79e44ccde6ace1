import { useSyncExternalStore } from 'react';
import type { SoundController, SoundState } from './sound/sound-controller.ts';

/** The screen's sound state for a view; re-renders when it changes. */
export function useSound(sound: SoundController): SoundState {
  return useSyncExternalStore(sound.subscribe, sound.getState, sound.getState);
}
