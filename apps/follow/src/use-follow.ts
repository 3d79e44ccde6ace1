import type { FollowClient, FollowState } from '@aufruf/client/follow';
import { useEffect, useState } from 'preact/hooks';

const NO_TICKET: FollowState = { status: 'unknown', view: null };

/**
 * The follow client's state for the page. Phones freeze pages in the background: when the page is
 * shown again (or the phone is back online) it asks for the full view at once instead of waiting.
 */
export function useFollow(client: FollowClient | null): FollowState {
  const [state, setState] = useState(() => client?.getState() ?? NO_TICKET);
  useEffect(() => {
    if (!client) return undefined;
    setState(client.getState());
    const unsubscribe = client.subscribe(() => setState(client.getState()));
    const wake = (): void => {
      if (document.visibilityState === 'visible') client.refresh();
    };
    document.addEventListener('visibilitychange', wake);
    window.addEventListener('online', wake);
    window.addEventListener('pageshow', wake);
    return () => {
      unsubscribe();
      document.removeEventListener('visibilitychange', wake);
      window.removeEventListener('online', wake);
      window.removeEventListener('pageshow', wake);
    };
  }, [client]);
  return state;
}
