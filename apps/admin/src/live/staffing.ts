/** Whether someone works at a place: as far as the hub can tell from the counters connected to it. */
export type Staffing = 'staffed' | 'unstaffed' | 'unknown';

/**
 * A place is staffed when a counter connected to the hub works there. A counter that may choose its
 * place says which one only by acting for it; while such a counter is connected, a place without a
 * known counter may still be staffed, so the answer is "unknown" rather than a wrong "not staffed".
 * `counters` is null before the hub has answered.
 */
export function staffing(counters: readonly (string | null)[] | null, placeId: string): Staffing {
  if (counters === null) return 'unknown';
  if (counters.includes(placeId)) return 'staffed';
  return counters.includes(null) ? 'unknown' : 'unstaffed';
}
