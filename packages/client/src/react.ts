import { forecast } from '@aufruf/core';
import type { Forecast } from '@aufruf/core';
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
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

/**
 * People ahead and expected waits from the live queue, computed on this screen with the same pure
 * function the hub uses for tickets and phones; recomputed on every change and every `intervalMs`
 * (the person being served takes longer).
 */
export function useForecast(view: HubView, intervalMs = 30_000): Forecast | null {
  const now = useHubTime(view, intervalMs);
  const { state, office, history } = view;
  return useMemo(
    () => (state && office ? forecast(state, office, history, now) : null),
    [state, office, history, now],
  );
}
