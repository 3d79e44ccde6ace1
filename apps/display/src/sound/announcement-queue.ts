/** A call waiting to be spoken. */
export interface PendingCall {
  readonly ticketId: string;
  /** The call's time: a recall is a new call of the same ticket. */
  readonly at: number;
}

/**
 * Calls waiting for their announcement, oldest first. An announcement is never cut off, so calls that
 * arrive meanwhile wait here. When calls come faster than they can be spoken (four counters pressing
 * "next" together, a burst after a reconnect), the queue stays short instead of announcing for minutes
 * behind the screen:
 * - a ticket waits at most once: a recall of a pending ticket replaces its entry, in its place, so the
 *   latest call (and place) is what gets said;
 * - at most `limit` calls wait; beyond that the oldest pending one is dropped, because it has been on
 *   the screen longest, while the newest call is the one its visitor has not seen yet.
 */
export class AnnouncementQueue<T extends PendingCall> {
  private readonly items: T[] = [];

  constructor(private readonly limit: number) {}

  get size(): number {
    return this.items.length;
  }

  /** Adds a call; answers the call that was dropped to make room, if any. */
  push(call: T): T | undefined {
    const same = this.items.findIndex((item) => item.ticketId === call.ticketId);
    if (same >= 0) {
      this.items[same] = call;
      return undefined;
    }
    this.items.push(call);
    return this.items.length > this.limit ? this.items.shift() : undefined;
  }

  /** The next call to announce. */
  take(): T | undefined {
    return this.items.shift();
  }

  clear(): void {
    this.items.length = 0;
  }
}
