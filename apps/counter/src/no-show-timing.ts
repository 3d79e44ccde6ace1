import { useCallback, useSyncExternalStore } from 'react';
import { noShowAvailableAt } from '@aufruf/core';
import type { CallingRules, Ticket } from '@aufruf/core';

/**
 * When "Nicht erschienen" becomes possible for a called ticket, in hub time; null when no wait applies.
 * With a setting of 0 there is none at all, so no clock (neither this PC's nor the estimate of the hub's)
 * can hold the button back.
 */
export function noShowOpensAt(ticket: Ticket | undefined, rules: CallingRules): number | null {
  if (!ticket || rules.noShowAfterSeconds <= 0) return null;
  return noShowAvailableAt(ticket, rules);
}

/** Whether "Nicht erschienen" must still wait at hub time `hubNow`. */
export const noShowWaiting = (opensAt: number | null, hubNow: number): boolean =>
  opensAt !== null && hubNow < opensAt;

/**
 * The moment "Nicht erschienen" becomes possible while it is still ahead, else null. Re-renders exactly
 * at that moment (not at the next coarse tick), so the button opens when the hub starts accepting it.
 * `clockOffset` is the hub's clock minus this PC's (HubView.clockOffset).
 */
export function useNoShowFrom(
  ticket: Ticket | undefined,
  rules: CallingRules,
  clockOffset: number,
): number | null {
  const opensAt = noShowOpensAt(ticket, rules);
  const subscribe = useCallback(
    (notify: () => void) => {
      if (opensAt === null) return () => undefined;
      const leftNow = (): number => opensAt - (Date.now() + clockOffset);
      // Already open: React reads the snapshot again after subscribing.
      if (leftNow() <= 0) return () => undefined;
      let timer: ReturnType<typeof setTimeout>;
      const arm = (): void => {
        const left = leftNow();
        // Timers may fire a little early: look again rather than open the button too soon.
        if (left > 0) timer = setTimeout(arm, left);
        else notify();
      };
      timer = setTimeout(arm, leftNow());
      return () => clearTimeout(timer);
    },
    [opensAt, clockOffset],
  );
  const waiting = useSyncExternalStore(subscribe, () => noShowWaiting(opensAt, Date.now() + clockOffset));
  return waiting ? opensAt : null;
}
