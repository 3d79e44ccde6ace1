/**
 * Which places have a counter connected right now: a counter bound to a place is there from its
 * first connection; one free to choose tells the hub its place by acting for it. The admin's live view
 * tells "nicht besetzt" from "besetzt – frei" with it, and /metrics counts it. A place whose last
 * counter has been gone for `graceMs` is reported once through `onGone` (the hub signs its clerk out);
 * a reload or a short network drop comes back well within it.
 */
export interface CounterPresence {
  /** A counter connection is at this place (null: not known yet). */
  readonly at: (connectionId: string, placeId: string | null) => void;
  /** The connection has gone. */
  readonly left: (connectionId: string) => void;
  /** The place of every connected counter (null: not known yet). */
  readonly places: () => (string | null)[];
  /**
   * Places that count as staffed although no counter is connected yet (the hub has just started):
   * each is reported through `onGone` unless a counter comes within the grace.
   */
  readonly expect: (placeIds: readonly string[]) => void;
  /** Stops the pending timers (the hub closes). */
  readonly close: () => void;
}

export interface PresenceOptions {
  readonly graceMs?: number;
  readonly onGone?: (placeId: string) => void;
}

/** A reload takes seconds, a switch restart under a minute: longer than that, nobody is there. */
export const COUNTER_GONE_MS = 60_000;

export function createCounterPresence({
  graceMs = COUNTER_GONE_MS,
  onGone,
}: PresenceOptions = {}): CounterPresence {
  const counters = new Map<string, string | null>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const occupied = (placeId: string): boolean => [...counters.values()].includes(placeId);
  const cancel = (placeId: string): void => {
    clearTimeout(timers.get(placeId));
    timers.delete(placeId);
  };
  return {
    at: (connectionId, placeId) => {
      const before = counters.get(connectionId);
      counters.set(connectionId, placeId);
      if (placeId !== null) cancel(placeId);
      // A counter that moved to another place left its old one.
      if (before && before !== placeId) watch(before);
    },
    left: (connectionId) => {
      const placeId = counters.get(connectionId);
      counters.delete(connectionId);
      if (placeId) watch(placeId);
    },
    places: () => [...counters.values()],
    expect: (placeIds) => placeIds.forEach(watch),
    close: () => {
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
    },
  };

  function watch(placeId: string): void {
    if (!onGone || occupied(placeId) || timers.has(placeId)) return;
    const timer = setTimeout(() => {
      timers.delete(placeId);
      if (!occupied(placeId)) onGone(placeId);
    }, graceMs);
    timer.unref();
    timers.set(placeId, timer);
  }
}
