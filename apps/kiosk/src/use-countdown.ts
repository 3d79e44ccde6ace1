import { useEffect, useEffectEvent, useState } from 'react';

/**
 * Whole seconds left of a countdown that starts on mount and starts again when `seconds` changes;
 * calls onDone once when it reaches zero.
 */
export function useCountdown(seconds: number, onDone: () => void): number {
  const [left, setLeft] = useState(seconds);
  const [counting, setCounting] = useState(seconds);
  // A new duration (the print failed: more time to note the number) shows at once, not a tick later.
  if (counting !== seconds) {
    setCounting(seconds);
    setLeft(seconds);
  }
  const finish = useEffectEvent(onDone);
  useEffect(() => {
    const startedAt = Date.now();
    // Counted from the start rather than by decrements, so a slow tick never stretches the countdown.
    const timer = setInterval(() => {
      const remaining = Math.max(0, seconds - Math.floor((Date.now() - startedAt) / 1000));
      setLeft(remaining);
      if (remaining === 0) {
        clearInterval(timer);
        finish();
      }
    }, 250);
    return () => clearInterval(timer);
  }, [seconds]);
  return left;
}
