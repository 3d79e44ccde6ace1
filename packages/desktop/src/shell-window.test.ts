import type { MenuItemConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeShellDeps, FakeWindow, pageHtml, settle } from './fake-electron.ts';
import type { FakeHubAnswer } from './fake-electron.ts';
import { offlinePage } from './offline-page.ts';
import { backoffDelay, hubBackoff } from './reconnect.ts';
import { createShellWindow } from './shell-window.ts';

const APP = 'http://10.0.0.2:8080/kiosk/';

function open(overrides: Partial<Parameters<typeof createShellWindow>[1]> = {}) {
  const deps = fakeShellDeps();
  const shell = createShellWindow(deps, {
    url: APP,
    title: 'Aufruf Kiosk',
    kiosk: true,
    hideCursor: true,
    preload: '/app/preload.cjs',
    ...overrides,
  });
  const window = FakeWindow.created.at(-1);
  if (!window) throw new Error('no window');
  const runTimer = (): number => {
    const timer = deps.timers.shift();
    if (!timer) throw new Error('no timer pending');
    timer.fn();
    return timer.ms;
  };
  return { deps, shell, window, contents: window.webContents, runTimer };
}

const isOffline = (url: string): boolean => url.startsWith('data:');

beforeEach(() => {
  FakeWindow.created = [];
  FakeWindow.hub = undefined;
});

describe('the shell window factory', () => {
  it('opens a hardened, full-screen window without a menu on the app page', () => {
    const { window, deps } = open();
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
    expect(deps.Menu.current).toBeNull();
    expect(window.webContents.loaded).toEqual([APP]);
  });

  it('refuses navigation away from the app, new windows, webviews and every permission', () => {
    const { contents } = open();
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

  it('hides the cursor on a touch kiosk, not on a TV that asks for a cursor', async () => {
    const kiosk = open().contents;
    kiosk.emit('did-finish-load');
    await settle();
    expect(kiosk.css.join()).toContain('cursor: none');
    const tv = open({ hideCursor: false, autoplay: true });
    tv.contents.emit('did-finish-load');
    expect(tv.contents.css).toEqual([]);
    expect(tv.window.options.webPreferences?.autoplayPolicy).toBe('no-user-gesture-required');
  });

  it('reloads the page when its renderer crashes or hangs', () => {
    const { window, contents, runTimer } = open();
    contents.emit('render-process-gone', {}, { reason: 'crashed' });
    expect(runTimer()).toBe(2000);
    expect(contents.loaded).toEqual([APP, APP]);
    window.emit('unresponsive');
    expect(contents.crashed).toBe(1);
    runTimer();
    expect(contents.loaded).toEqual([APP, APP, APP]);
  });
});

describe('reaching the hub', () => {
  it('shows the offline page while the hub is down and tries again until its page loads', async () => {
    const answers: FakeHubAnswer[] = ['down', 'down', 200];
    FakeWindow.hub = () => answers.shift() ?? 200;
    const { contents, deps, runTimer } = open();
    await settle();
    expect(isOffline(contents.shown())).toBe(true);
    expect(runTimer()).toBe(2000);
    await settle();
    expect(isOffline(contents.shown())).toBe(true);
    expect(runTimer()).toBe(4000);
    await settle();
    expect(contents.shown()).toBe(APP);
    expect(contents.loaded.map((url) => (isOffline(url) ? 'offline' : 'hub'))).toEqual([
      'hub',
      'offline',
      'hub',
      'offline',
      'hub',
    ]);
    expect(deps.timers).toEqual([]);

    // The page said what was going on, in German and English, with the address tried.
    const page = pageHtml(contents.loaded[1] ?? '');
    expect(page).toContain('Keine Verbindung zum Server');
    expect(page).toContain('No connection to the server');
    expect(page).toContain(APP);
    expect(page).toContain('Es wird automatisch neu verbunden');
    expect(page).toMatch(/nächster Versuch in <b class="s">2<\/b> s/);
    expect(pageHtml(contents.loaded[3] ?? '')).toMatch(/nächster Versuch in <b class="s">4<\/b> s/);

    // After a good load, the next outage starts over at the shortest wait.
    contents.emit('did-fail-load', {}, -102, 'ERR_CONNECTION_REFUSED', APP, true);
    expect(deps.timers.map((t) => t.ms)).toEqual([2000]);
  });

  it('treats a server error from the hub like an outage', async () => {
    const answers: FakeHubAnswer[] = [503, 200];
    FakeWindow.hub = () => answers.shift() ?? 200;
    const { contents, runTimer } = open();
    await settle();
    expect(isOffline(contents.shown())).toBe(true);
    runTimer();
    await settle();
    expect(contents.shown()).toBe(APP);
  });

  it('does not pile up attempts, and ignores aborted loads and failing sub-frames', () => {
    const { contents, deps, runTimer } = open();
    contents.emit('did-fail-load', {}, -102, 'ERR_CONNECTION_REFUSED', APP, true);
    contents.emit('did-fail-load', {}, -102, 'ERR_CONNECTION_REFUSED', APP, true);
    expect(deps.timers).toHaveLength(1);
    runTimer();
    expect(contents.shown()).toBe(APP);
    contents.emit('did-fail-load', {}, -3, 'ERR_ABORTED', APP, true);
    contents.emit('did-fail-load', {}, -102, 'ERR_CONNECTION_REFUSED', APP, false);
    expect(deps.timers).toHaveLength(0);
  });

  it('waits 2 s, then twice as long each time, never more than 30 s', () => {
    expect([1, 2, 3, 4, 5, 6, 20].map((n) => backoffDelay(n, hubBackoff))).toEqual([
      2000, 4000, 8000, 16_000, 30_000, 30_000, 30_000,
    ]);
  });

  it('escapes the address on the offline page', () => {
    const page = pageHtml(offlinePage('http://hub:8080/kiosk/?a=<script>&b="x"', 30_000));
    expect(page).toContain('http://hub:8080/kiosk/?a=&lt;script&gt;&amp;b=&quot;x&quot;');
    expect(page).not.toContain('<script>&');
  });
});

describe('unlocking for IT', () => {
  const item = (menu: MenuItemConstructorOptions[] | null | undefined, label: RegExp) => {
    const found = (menu?.[0]?.submenu as MenuItemConstructorOptions[] | undefined)?.find((i) =>
      label.test(i.label ?? ''),
    );
    if (!found?.click) throw new Error(`no menu item ${String(label)}`);
    return found.click as () => void;
  };

  it('becomes a normal window with a menu and a cursor, and locks again from that menu', async () => {
    const { shell, window, contents, deps } = open();
    contents.emit('did-finish-load');
    await settle();
    shell.setLocked(false);
    await settle();
    expect(window).toMatchObject({ kiosk: false, fullScreen: false, menuBarVisible: true });
    expect(contents.css).toEqual([]);
    expect(shell.isLocked()).toBe(false);

    item(deps.Menu.current, /Beenden/)();
    expect(deps.app.quits).toBe(1);
    const loads = contents.loaded.length;
    item(deps.Menu.current, /neu laden/)();
    expect(contents.loaded.slice(loads)).toEqual([APP]);
    item(deps.Menu.current, /sperren/)();
    await settle();
    expect(window).toMatchObject({ kiosk: true, fullScreen: true, menuBarVisible: false });
    expect(deps.Menu.current).toBeNull();
    expect(contents.css.join()).toContain('cursor: none');
  });
});
