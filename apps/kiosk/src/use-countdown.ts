import { useEffect, useEffectEvent, useState } from 'react';

/**
 * Whole seconds left of a countdown that starts on mount and starts again when `seconds` or `round`
 * changes (a visitor asked for more time); calls onDone once when it reaches zero.
 */
export function useCountdown(seconds: number, onDone: () => void, round = 0): number {
  const [left, setLeft] = useState(seconds);
  const [counting, setCounting] = useState({ seconds, round });
  // A new duration (the print failed: more time to note the number) shows at once, not a tick later.
  if (counting.seconds !== seconds || counting.round !== round) {
    setCounting({ seconds, round });
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
  }, [seconds, round]);
  return left;
}
