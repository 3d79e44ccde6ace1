import { useEffect, useState, useSyncExternalStore } from 'react';
import type { HubClient, HubView } from './hub-client.ts';

/** The hub's live picture for a React view; re-renders on every change. */
export function useHub(client: HubClient): HubView {
  return useSyncExternalStore(client.subscribe, client.getView, client.getView);
}

/** Hub time, ticking every `intervalMs`: for clocks and "waiting for 12 min" labels. */
export function useHubTime(view: HubView, intervalMs = 1000): number {
  const [localNow, setLocalNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setLocalNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return localNow + view.clockOffset;
}
