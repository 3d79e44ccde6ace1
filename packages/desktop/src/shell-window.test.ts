import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it } from 'vitest';
import { FakeWindow } from './fake-electron.ts';
import { createShellWindow } from './shell-window.ts';

const APP = 'http://10.0.0.2:8080/kiosk/';
let menu: unknown = 'default menu';
const timers: (() => void)[] = [];

function open(overrides: Partial<Parameters<typeof createShellWindow>[1]> = {}) {
  createShellWindow(
    {
      BrowserWindow: FakeWindow as unknown as new (o: BrowserWindowConstructorOptions) => BrowserWindow,
      Menu: { setApplicationMenu: (m) => void (menu = m) },
      setTimeout: (fn) => timers.push(fn),
    },
    {
      url: APP,
      title: 'Aufruf Kiosk',
      kiosk: true,
      hideCursor: true,
      preload: '/app/preload.cjs',
      ...overrides,
    },
  );
  const window = FakeWindow.created.at(-1);
  if (!window) throw new Error('no window');
  return window;
}

beforeEach(() => {
  FakeWindow.created = [];
  timers.length = 0;
  menu = 'default menu';
});

describe('the shell window factory', () => {
  it('opens a hardened, full-screen window without a menu on the app page', () => {
    const window = open();
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: '/app/preload.cjs',
    });
    expect(window.options).toMatchObject({ kiosk: true, fullscreen: true, autoHideMenuBar: true });
    expect(menu).toBeNull();
    expect(window.webContents.loaded).toEqual([APP]);
  });

  it('refuses navigation away from the app, new windows, webviews and every permission', () => {
    const contents = open().webContents;
    expect(contents.navigate('will-navigate', 'https://example.org/')).toBe(true);
    expect(contents.navigate('will-navigate', 'http://10.0.0.2:8080/counter/')).toBe(true);
    expect(contents.navigate('will-redirect', 'file:///etc/passwd')).toBe(true);
    expect(contents.navigate('will-navigate', 'http://10.0.0.2:8080/kiosk/?lang=en')).toBe(false);
    expect(contents.navigate('will-attach-webview', APP)).toBe(true);
    expect(contents.windowOpenHandler?.({ url: APP })).toEqual({ action: 'deny' });
    const answers: boolean[] = [];
    for (const permission of ['media', 'geolocation', 'notifications', 'usb']) {
      contents.session.requestHandler?.(contents, permission, (granted) => answers.push(granted));
    }
    expect(answers).toEqual([false, false, false, false]);
    expect(contents.session.checkHandler?.(contents, 'media')).toBe(false);
  });

  it('hides the cursor on a touch kiosk, not on a TV that asks for a cursor', () => {
    const kiosk = open().webContents;
    kiosk.emit('did-finish-load');
    expect(kiosk.css.join()).toContain('cursor: none');
    const tv = open({ hideCursor: false, autoplay: true }).webContents;
    tv.emit('did-finish-load');
    expect(tv.css).toEqual([]);
    expect(FakeWindow.created.at(-1)?.options.webPreferences?.autoplayPolicy).toBe(
      'no-user-gesture-required',
    );
  });

  it('reloads the page when its renderer crashes or hangs', () => {
    const window = open();
    window.webContents.emit('render-process-gone', {}, { reason: 'crashed' });
    expect(timers).toHaveLength(1);
    timers.shift()?.();
    expect(window.webContents.loaded).toEqual([APP, APP]);
    window.emit('unresponsive');
    expect(window.webContents.crashed).toBe(1);
    timers.shift()?.();
    expect(window.webContents.loaded).toEqual([APP, APP, APP]);
  });

  it('shows a waiting page while the hub is unreachable and tries again', () => {
    const contents = open().webContents;
    contents.emit('did-fail-load', {}, -102, 'ERR_CONNECTION_REFUSED', APP, true);
    expect(contents.loaded[1]).toMatch(/^data:text\/html/);
    expect(decodeURIComponent(contents.loaded[1] ?? '')).toContain('Verbindung zum Server');
    // A second failure while a retry is pending does not pile up timers.
    contents.emit('did-fail-load', {}, -102, 'ERR_CONNECTION_REFUSED', APP, true);
    expect(timers).toHaveLength(1);
    timers.shift()?.();
    expect(contents.loaded.at(-1)).toBe(APP);
    // Aborted loads and failing sub-frames are not outages.
    contents.emit('did-fail-load', {}, -3, 'ERR_ABORTED', APP, true);
    contents.emit('did-fail-load', {}, -102, 'ERR_CONNECTION_REFUSED', APP, false);
    expect(timers).toHaveLength(0);
  });
});
