import type { CallView } from '@aufruf/core';

/**
 * "The last moments": a call this recent stays current beside newer calls from other places, so two
 * places calling within seconds are both on screen for whoever looks up late.
 */
export const CURRENT_WINDOW_MS = 30_000;

/** Cards the screen holds at a size read from six metres; calls beyond that go to the list at once. */
export const MOST_CURRENT = 4;

export interface CallTiming {
  /** Hub time now. */
  readonly now: number;
  /** How long the newest call stays current when nothing else happens (`?currentFor=`). */
  readonly newestForMs: number;
  /** How long any other call stays current; never longer than `newestForMs`. */
  readonly windowMs?: number;
  readonly most?: number;
}

export interface ShownCalls {
  /** Newest first; the first one is the newest call of all, highlighted. */
  readonly current: readonly CallView[];
  /** Every other call, newest first. */
  readonly earlier: readonly CallView[];
}

/**
 * Splits the latest calls (newest first, one row per ticket, as `recentCalls` gives them, so a recall
 * is a fresh call) into the current ones and the rest: the newest for `newestForMs`, each other for
 * the window, one per place (a place's newer call replaces its older one), at most `most`.
 */
export function shownCalls(calls: readonly CallView[], timing: CallTiming): ShownCalls {
  const windowMs = Math.min(timing.windowMs ?? CURRENT_WINDOW_MS, timing.newestForMs);
  const most = timing.most ?? MOST_CURRENT;
  const current: CallView[] = [];
  const earlier: CallView[] = [];
  const places = new Set<string>();
  calls.forEach((call, index) => {
    const age = timing.now - call.at;
    const fresh = age <= (index === 0 ? timing.newestForMs : windowMs);
    if (fresh && !places.has(call.placeId) && current.length < most) {
      current.push(call);
      places.add(call.placeId);
    } else {
      earlier.push(call);
    }
  });
  return { current, earlier };
}
