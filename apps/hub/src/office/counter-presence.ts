/**
 * Which places have a counter connected right now: a counter bound to a place is there from its
 * first connection; one free to choose tells the hub its place by acting for it. The admin's live view
 * tells "nicht besetzt" from "besetzt – frei" with it, and /metrics counts it.
 */
export interface CounterPresence {
  /** A counter connection is at this place (null: not known yet). */
  readonly at: (connectionId: string, placeId: string | null) => void;
  /** The connection has gone. */
  readonly left: (connectionId: string) => void;
  /** The place of every connected counter (null: not known yet). */
  readonly places: () => (string | null)[];
}

export function createCounterPresence(): CounterPresence {
  const counters = new Map<string, string | null>();
  return {
    at: (connectionId, placeId) => void counters.set(connectionId, placeId),
    left: (connectionId) => void counters.delete(connectionId),
    places: () => [...counters.values()],
  };
}
