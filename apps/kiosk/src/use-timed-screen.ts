import { useCallback, useState } from 'react';
import { useCountdown } from './use-countdown.ts';

/** What a screen that leaves by itself shows: seconds left, and whether to ask for more time now. */
export interface TimedScreen {
  readonly left: number;
  /** The countdown has run out: show "Brauchen Sie mehr Zeit?" rather than leaving at once. */
  readonly asking: boolean;
  /** The visitor wants more time: the whole countdown starts again. */
  readonly moreTime: () => void;
}

/**
 * A countdown that never ends a screen on its own: when it runs out it asks, and only an unanswered
 * question (MoreTimePrompt, at least 20 s) goes back to the start (WCAG 2.2.1 "Timing Adjustable").
 */
export function useTimedScreen(seconds: number): TimedScreen {
  const [round, setRound] = useState(0);
  const [asking, setAsking] = useState(false);
  const left = useCountdown(seconds, () => setAsking(true), round);
  const moreTime = useCallback(() => {
    setAsking(false);
    setRound((r) => r + 1);
  }, []);
  return { left, asking, moreTime };
}
