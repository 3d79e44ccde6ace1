import type { App, BrowserWindow, BrowserWindowConstructorOptions, Menu } from 'electron';
import { denyPermissions, hardenContents } from './harden.ts';
import { keepHubPageLoaded } from './reconnect.ts';
import type { Backoff } from './reconnect.ts';
import { terminalMenu } from './terminal-menu.ts';
import { hardenedWebPreferences } from './web-preferences.ts';

/** The parts of Electron the window factory needs, passed in so tests can run it in plain Node. */
export interface WindowDeps {
  readonly BrowserWindow: new (options: BrowserWindowConstructorOptions) => BrowserWindow;
  readonly Menu: Pick<typeof Menu, 'setApplicationMenu' | 'buildFromTemplate'>;
  readonly app: Pick<App, 'quit'>;
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
  /** The waits between attempts to reach the hub (2 s growing to 30 s by default). */
  readonly backoff?: Backoff;
}

export interface ShellWindow {
  readonly window: BrowserWindow;
  /** True while the window is full screen without a menu or a way out. */
  isLocked(): boolean;
  /** Locks the window (kiosk) or unlocks it into a normal window with the terminal menu, for IT. */
  setLocked(locked: boolean): void;
}

const noCursor = '*, *::before, *::after { cursor: none !important; }';

/**
 * The one window factory of the shells: hardened preferences, no menu, full screen, and the hub's page
 * kept on screen through outages and crashes (reconnect.ts).
 */
export function createShellWindow(deps: WindowDeps, options: ShellWindowOptions): ShellWindow {
  const later = deps.setTimeout ?? ((fn: () => void, ms: number) => setTimeout(fn, ms).unref());
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
  const page = keepHubPageLoaded(window, options.url, later, options.backoff);

  let locked = options.kiosk;
  // The style sheets that hide the cursor in the page now shown.
  let cursorSheets: string[] = [];
  const showCursor = (): void => {
    for (const key of cursorSheets.splice(0)) void contents.removeInsertedCSS(key).catch(() => undefined);
  };
  const hideCursor = (): void => {
    if (!locked || !options.hideCursor || window.isDestroyed()) return;
    void contents.insertCSS(noCursor).then(
      (key) => {
        cursorSheets.push(key);
        // Unlocked while this was on its way: IT needs the cursor.
        if (!locked) showCursor();
      },
      () => undefined,
    );
  };
  const showMenu = (): void => {
    deps.Menu.setApplicationMenu(
      locked
        ? null
        : deps.Menu.buildFromTemplate(
            terminalMenu({
              lock: () => setLocked(true),
              reload: () => page.load(),
              quit: () => deps.app.quit(),
            }),
          ),
    );
  };
  function setLocked(next: boolean): void {
    if (next === locked || window.isDestroyed()) return;
    locked = next;
    window.setKiosk(next);
    window.setFullScreen(next);
    window.setAutoHideMenuBar(next);
    window.setMenuBarVisibility(!next);
    showMenu();
    if (next) hideCursor();
    else showCursor();
  }

  contents.on('did-finish-load', () => {
    cursorSheets = [];
    hideCursor();
  });
  showMenu();
  page.load();
  return { window, isLocked: () => locked, setLocked };
}
