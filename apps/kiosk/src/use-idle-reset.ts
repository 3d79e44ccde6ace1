import { useEffect, useEffectEvent } from 'react';

/** Calls onIdle once nobody has touched the screen for idleMs, while active is true. */
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
    return () => {
      clearTimeout(timer);
      window.removeEventListener('pointerdown', restart);
      window.removeEventListener('keydown', restart);
    };
  }, [active, idleMs]);
}
