import type { BrowserWindow } from 'electron';
import { isAllowedUrl } from './harden.ts';
import { offlinePage } from './offline-page.ts';

/** How long to wait before the n-th attempt in a row to reach the hub. */
export interface Backoff {
  readonly firstMs: number;
  readonly maxMs: number;
}

/** Quick enough that a restarted hub is back on screen at once, slow enough not to flood a sick one. */
export const hubBackoff: Backoff = { firstMs: 2000, maxMs: 30_000 };

/** The wait after `failures` failed attempts in a row (1, 2, …): doubling from firstMs up to maxMs. */
export function backoffDelay(failures: number, backoff: Backoff): number {
  return Math.min(backoff.maxMs, backoff.firstMs * 2 ** Math.max(0, failures - 1));
}

export interface HubPage {
  /** Loads the hub's app page now (again), ending any wait. */
  load(): void;
}

/**
 * Keeps the window on the hub's app page: when the hub cannot be reached (the load fails or the hub
 * answers with a server error) the offline page shows what is being tried and the page is loaded again
 * on a growing backoff; a crashed or hung renderer is restarted on the same backoff. A good load starts
 * the backoff over. Once the page runs, its own Socket.IO client rides out hub restarts.
 */
export function keepHubPageLoaded(
  window: BrowserWindow,
  appUrl: string,
  later: (fn: () => void, ms: number) => unknown,
  backoff: Backoff = hubBackoff,
): HubPage {
  const contents = window.webContents;
  let failures = 0;
  let waiting = false;
  let generation = 0;

  const load = (): void => {
    waiting = false;
    generation++;
    void contents.loadURL(appUrl).catch(() => undefined);
  };
  const retryLater = (showOffline: boolean): void => {
    if (waiting || window.isDestroyed()) return;
    waiting = true;
    failures++;
    const delay = backoffDelay(failures, backoff);
    if (showOffline) void contents.loadURL(offlinePage(appUrl, delay)).catch(() => undefined);
    const mine = generation;
    later(() => {
      // A load in between (IT's "reload" menu) already ended this wait.
      if (mine === generation && !window.isDestroyed()) load();
    }, delay);
  };

  contents.on('did-fail-load', (_event, errorCode, _description, validatedURL, isMainFrame) => {
    // -3 is an aborted load (a newer navigation replaced it), not an outage.
    if (!isMainFrame || errorCode === -3 || !isAllowedUrl(validatedURL, appUrl)) return;
    retryLater(true);
  });
  contents.on('did-navigate', (_event, url, httpResponseCode) => {
    if (!isAllowedUrl(url, appUrl)) return;
    // A hub that is starting or a proxy in front of it may answer before the app can.
    if (httpResponseCode >= 500) retryLater(true);
    else failures = 0;
  });
  contents.on('render-process-gone', () => retryLater(false));
  window.on('unresponsive', () => {
    contents.forcefullyCrashRenderer();
    retryLater(false);
  });

  return { load };
}
