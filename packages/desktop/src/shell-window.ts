import type { BrowserWindow, BrowserWindowConstructorOptions, Menu } from 'electron';
import { denyPermissions, hardenContents } from './harden.ts';
import { offlinePage } from './offline-page.ts';
import { hardenedWebPreferences } from './web-preferences.ts';

/** The parts of Electron the window factory needs, passed in so tests can run it in plain Node. */
export interface WindowDeps {
  readonly BrowserWindow: new (options: BrowserWindowConstructorOptions) => BrowserWindow;
  readonly Menu: Pick<typeof Menu, 'setApplicationMenu'>;
  readonly setTimeout?: (fn: () => void, ms: number) => unknown;
}

export interface ShellWindowOptions {
  /** The app page on the hub, e.g. http://hub:8080/kiosk/ */
  readonly url: string;
  readonly title: string;
  readonly preload?: string;
  /** Full screen without window frame or a way out (the default for kiosks and TVs). */
  readonly kiosk: boolean;
  /** Touch kiosks have no mouse; a cursor in the middle of the screen only confuses. */
  readonly hideCursor: boolean;
  /** Let the page play sound without a tap (the TV's gong). */
  readonly autoplay?: boolean;
  /** How long to wait before trying the hub again after a failed load or a crashed page. */
  readonly retryMs?: number;
}

/**
 * The one window factory of the shells: hardened preferences, no menu, full screen, the page reloaded
 * when its renderer crashes or hangs, and a waiting page that retries while the hub is unreachable.
 */
export function createShellWindow(deps: WindowDeps, options: ShellWindowOptions): BrowserWindow {
  const later = deps.setTimeout ?? ((fn: () => void, ms: number) => setTimeout(fn, ms).unref());
  const retryMs = options.retryMs ?? 5000;
  deps.Menu.setApplicationMenu(null);

  const window = new deps.BrowserWindow({
    title: options.title,
    kiosk: options.kiosk,
    fullscreen: options.kiosk,
    autoHideMenuBar: true,
    backgroundColor: '#0b1630',
    webPreferences: hardenedWebPreferences({
      ...(options.preload ? { preload: options.preload } : {}),
      autoplay: options.autoplay ?? false,
    }),
  });
  const contents = window.webContents;
  hardenContents(contents, options.url);
  denyPermissions(contents.session);

  let retrying = false;
  const loadApp = (): void => {
    retrying = false;
    void contents.loadURL(options.url).catch(() => undefined);
  };
  const retrySoon = (): void => {
    if (retrying || window.isDestroyed()) return;
    retrying = true;
    later(() => {
      if (!window.isDestroyed()) loadApp();
    }, retryMs);
  };

  contents.on('did-fail-load', (_event, errorCode, _description, validatedURL, isMainFrame) => {
    // -3 is an aborted load (a newer navigation replaced it), not an outage.
    if (!isMainFrame || errorCode === -3 || !validatedURL.startsWith(options.url)) return;
    void contents.loadURL(offlinePage(options.url)).catch(() => undefined);
    retrySoon();
  });
  contents.on('render-process-gone', () => retrySoon());
  window.on('unresponsive', () => {
    contents.forcefullyCrashRenderer();
    retrySoon();
  });
  contents.on('did-finish-load', () => {
    if (options.hideCursor) void contents.insertCSS('*, *::before, *::after { cursor: none !important; }');
  });

  loadApp();
  return window;
}
