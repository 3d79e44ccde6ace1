import type { PowerSaveBlocker } from 'electron';

/**
 * Keeps the screen on while a terminal runs: a kiosk or a TV that dims after ten idle minutes looks
 * broken, and nobody touches a TV. Returns the function that lets the screen sleep again.
 */
export function keepScreenAwake(blocker: Pick<PowerSaveBlocker, 'start' | 'stop' | 'isStarted'>): () => void {
  const id = blocker.start('prevent-display-sleep');
  return () => {
    if (blocker.isStarted(id)) blocker.stop(id);
  };
}
