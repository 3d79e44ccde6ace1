import type { FollowView } from '@aufruf/protocol';

export interface FollowPush {
  watch(ticketId: string): void;
  unwatch(ticketId: string): void;
  /** After every change: sends each watched ticket's view, if it changed since last time. */
  push(): void;
}

/** Keeps follow pages current without sending anything when a ticket's view did not change. */
export function createFollowPush(
  view: (ticketId: string) => FollowView | undefined,
  send: (ticketId: string, view: FollowView) => void,
): FollowPush {
  const watchers = new Map<string, number>();
  const lastSent = new Map<string, string>();
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
        const key = JSON.stringify({ ...current, serverTime: 0 });
        if (lastSent.get(ticketId) === key) continue;
        lastSent.set(ticketId, key);
        send(ticketId, current);
      }
    },
  };
}
