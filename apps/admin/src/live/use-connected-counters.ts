import type { ConnectedCounters } from '@aufruf/protocol';
import { useEffect, useRef } from 'react';
import { listDevices } from '../admin-api.ts';
import { useAdmin } from '../admin-context.ts';
import { useApi } from '../use-api.ts';

// A counter coming or going sends no event to the admin page: ask again now and then.
const POLL_MS = 5_000;

/**
 * Where counters are connected right now (null until the hub answers), asked while the live view is
 * shown, and again whenever the office changes (a counter acting tells the hub its place).
 */
export function useConnectedCounters(active: boolean, change: unknown): ConnectedCounters | null {
  const { secret } = useAdmin();
  const loaded = useApi(active ? 'connected-counters' : null, () => listDevices(secret));
  const { reload } = loaded;
  const seen = useRef(change);

  useEffect(() => {
    if (!active) return;
    const timer = setInterval(reload, POLL_MS);
    return () => clearInterval(timer);
  }, [active, reload]);

  useEffect(() => {
    if (seen.current === change) return;
    seen.current = change;
    if (active) reload();
  }, [active, change, reload]);

  return loaded.result?.ok ? loaded.result.value.connectedCounters : null;
}
