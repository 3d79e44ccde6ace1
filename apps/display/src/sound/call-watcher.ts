import type { CallRecord } from '@aufruf/core';

/**
 * A call missed while this screen was offline is still announced when the link is back, if it is this
 * recent; older ones are only shown. The queue would bound a burst anyway, but calling out a number
 * from minutes ago sends someone to a counter that has moved on.
 */
export const CATCH_UP_MS = 60_000;

const keyOf = (call: CallRecord): string => `${call.ticketId}@${call.at}`;

/**
 * Picks the calls to announce from each new picture of the office. The first picture is history: only
 * calls after the first snapshot are new. Every call is remembered by ticket and time, so a resync
 * after a reconnect (the same calls again) announces nothing twice, while a recall (a new time) is new.
 */
export class CallWatcher {
  private since: number | null = null;
  private seen = new Set<string>();
  private last: readonly CallRecord[] | null = null;

  /** The calls not announced yet, oldest first. `hubNow` is the hub's clock. */
  update(calls: readonly CallRecord[], hubNow: number): CallRecord[] {
    if (calls === this.last) return [];
    this.last = calls;
    if (this.since === null) {
      this.since = hubNow;
      this.seen = new Set(calls.map(keyOf));
      return [];
    }
    const fresh = calls.filter(
      (call) =>
        !this.seen.has(keyOf(call)) && call.at > (this.since ?? hubNow) && hubNow - call.at <= CATCH_UP_MS,
    );
    // Keep only what the hub still lists (at most its call history): the set never grows past that,
    // and a call that has left the list cannot come back.
    this.seen = new Set(calls.map(keyOf));
    return fresh;
  }
}
