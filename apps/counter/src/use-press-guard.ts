import { useCallback, useEffect, useRef } from 'react';
import type { HubClient } from '@aufruf/client';
import { admit, observe, openGuard, snapshotOf } from './press-guard.ts';
import type { Press, PressGuard } from './press-guard.ts';

/** Asks whether a press may act; see press-guard.ts for the rules. */
export type AdmitPress = (press: Omit<Press, 'at'>) => boolean;

/**
 * Keeps the press guard of one place up to date with the hub's picture. It listens to the client itself,
 * not to React renders, so a call is timed from the moment its events arrived.
 */
export function usePressGuard(client: HubClient, placeId: string): AdmitPress {
  const guard = useRef<PressGuard | null>(null);

  useEffect(() => {
    const update = (): void => {
      const snapshot = snapshotOf(client.getView().state, placeId);
      guard.current = guard.current
        ? observe(guard.current, snapshot, performance.now())
        : openGuard(snapshot);
    };
    update();
    return client.subscribe(update);
  }, [client, placeId]);

  return useCallback((press) => {
    if (!guard.current) return false;
    const result = admit(guard.current, { ...press, at: performance.now() });
    guard.current = result.guard;
    return result.allowed;
  }, []);
}
