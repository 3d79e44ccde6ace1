import { useEffect, useRef, useState } from 'react';

const STORAGE_KEY = 'aufruf.admin.redAlert';

function beep(): void {
  const AudioContextClass = window.AudioContext as typeof AudioContext | undefined;
  if (!AudioContextClass) return;
  const audio = new AudioContextClass();
  const tone = audio.createOscillator();
  const gain = audio.createGain();
  tone.frequency.value = 660;
  gain.gain.setValueAtTime(0.2, audio.currentTime);
  gain.gain.exponentialRampToValueAtTime(0.001, audio.currentTime + 0.6);
  tone.connect(gain).connect(audio.destination);
  tone.start();
  tone.stop(audio.currentTime + 0.6);
  tone.onended = () => void audio.close();
}

/**
 * The office head's optional sound: a short tone when an errand's light turns red (not again while it
 * stays red). Off by default; the choice is kept in this browser.
 */
export function useRedAlert(redErrandIds: readonly string[]): {
  readonly on: boolean;
  readonly setOn: (on: boolean) => void;
} {
  const [on, setOnState] = useState(() => localStorage.getItem(STORAGE_KEY) === 'on');
  const seen = useRef<ReadonlySet<string>>(new Set(redErrandIds));
  const key = [...redErrandIds].sort().join(',');
  useEffect(() => {
    const now = new Set(key === '' ? [] : key.split(','));
    const newlyRed = [...now].some((id) => !seen.current.has(id));
    seen.current = now;
    if (newlyRed && on) beep();
  }, [key, on]);
  const setOn = (value: boolean): void => {
    localStorage.setItem(STORAGE_KEY, value ? 'on' : 'off');
    setOnState(value);
  };
  return { on, setOn };
}
