import type { FollowView } from '@aufruf/protocol';

export interface FollowPush {
  watch(ticketId: string): void;
  unwatch(ticketId: string): void;
  /** After every change: sends each watched ticket's view, if it changed since last time. */
  push(): void;
}

/**
 * Whether a phone would see anything new. States and the office are immutable, so an unchanged ticket or
 * errand name is the same object; everything else is a number or a short string. Compared field by
 * field, not by serialising: after each call every watched view is checked, and strings kept per phone
 * would be garbage the next time round.
 */
function sameView(a: FollowView, b: FollowView): boolean {
  // Every field of a view, and whether it is compared: a field added to FollowView must be named here.
  void ({
    officeName: true,
    ticket: true,
    errandName: true,
    ahead: true,
    placeName: true,
    returnNow: true,
    estimate: true,
    serverTime: false,
  } satisfies Record<keyof FollowView, boolean>);
  return (
    a.ticket === b.ticket &&
    a.ahead === b.ahead &&
    a.returnNow === b.returnNow &&
    a.placeName === b.placeName &&
    a.officeName === b.officeName &&
    a.errandName === b.errandName &&
    a.estimate?.minMinutes === b.estimate?.minMinutes &&
    a.estimate?.maxMinutes === b.estimate?.maxMinutes &&
    a.estimate?.expectedMinutes === b.estimate?.expectedMinutes
  );
}

/** Keeps follow pages current without sending anything when a ticket's view did not change. */
export function createFollowPush(
  view: (ticketId: string) => FollowView | undefined,
  send: (ticketId: string, view: FollowView) => void,
): FollowPush {
  const watchers = new Map<string, number>();
  const lastSent = new Map<string, FollowView>();
  return {
    watch(ticketId) {
      watchers.set(ticketId, (watchers.get(ticketId) ?? 0) + 1);
    },
    unwatch(ticketId) {
      const left = (watchers.get(ticketId) ?? 1) - 1;
      if (left > 0) return void watchers.set(ticketId, left);
      watchers.delete(ticketId);
      lastSent.delete(ticketId);
    },
    push() {
      for (const ticketId of watchers.keys()) {
        const current = view(ticketId);
        if (!current) continue;
        const last = lastSent.get(ticketId);
        if (last && sameView(last, current)) continue;
        lastSent.set(ticketId, current);
        send(ticketId, current);
      }
    },
  };
}
