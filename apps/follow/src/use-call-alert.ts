import type { FollowView } from '@aufruf/protocol';
import { useEffect, useRef } from 'preact/hooks';
import { playChime, vibrate } from './chime.ts';
import { alertFor } from './follow-screen.ts';

/** Rings (if switched on) and vibrates (where allowed) when the ticket is called or should come back. */
export function useCallAlert(view: FollowView | null, soundOn: boolean): void {
  const previous = useRef<FollowView | null>(null);
  // Read through a ref: switching the sound on must not count as a new view and replay an old call.
  const sound = useRef(soundOn);
  useEffect(() => {
    sound.current = soundOn;
  }, [soundOn]);

  useEffect(() => {
    if (!view) return;
    const alert = alertFor(previous.current, view);
    previous.current = view;
    if (!alert) return;
    if (sound.current) playChime(alert);
    vibrate(alert);
  }, [view]);
}
