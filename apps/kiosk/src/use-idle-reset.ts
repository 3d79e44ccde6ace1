import { useEffect, useEffectEvent } from 'react';

/**
 * Calls onIdle once nobody has touched the screen for idleMs, while active is true. Any touch, key or
 * scroll counts as someone still there. The kiosk never resets straight from here: onIdle asks
 * "Brauchen Sie mehr Zeit?" first (MoreTimePrompt), so nobody is cut off while reading.
 */
export function useIdleReset(active: boolean, idleMs: number, onIdle: () => void): void {
  const fire = useEffectEvent(onIdle);
  useEffect(() => {
    if (!active) return;
    let timer = setTimeout(() => fire(), idleMs);
    const restart = (): void => {
      clearTimeout(timer);
      timer = setTimeout(() => fire(), idleMs);
    };
    window.addEventListener('pointerdown', restart);
    window.addEventListener('keydown', restart);
    window.addEventListener('wheel', restart, { passive: true });
    return () => {
      clearTimeout(timer);
      window.removeEventListener('pointerdown', restart);
      window.removeEventListener('keydown', restart);
      window.removeEventListener('wheel', restart);
    };
  }, [active, idleMs]);
}
