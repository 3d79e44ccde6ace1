// Test double of the few Electron objects the shell touches: the Electron binary cannot run here.
import { EventEmitter } from 'node:events';
import type {
  BrowserWindow,
  BrowserWindowConstructorOptions,
  Input,
  IpcMainInvokeEvent,
  Menu,
  MenuItemConstructorOptions,
  Settings,
  WebContents,
} from 'electron';

/** What a fake hub answers to a page load: an HTTP status, or nobody listening. */
export type FakeHubAnswer = number | 'down';

export class FakeContents extends EventEmitter {
  loaded: string[] = [];
  private readonly inserted = new Map<string, string>();
  private cssKeys = 0;
  /** The style sheets main inserted into the page, and did not remove. */
  get css(): string[] {
    return [...this.inserted.values()];
  }
  crashed = 0;
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  readonly mainFrame = { url: '' };
  /**
   * When set, loads behave as in Electron, one tick later: a data: page or an answering hub emits
   * did-navigate and did-finish-load, a hub that is down did-fail-load (and the load rejects).
   */
  hub: ((url: string) => FakeHubAnswer) | undefined;
  readonly session = {
    requestHandler: undefined as
      undefined | ((wc: unknown, permission: string, cb: (granted: boolean) => void) => void),
    checkHandler: undefined as undefined | ((...args: unknown[]) => boolean),
    setPermissionRequestHandler(
      h: (wc: unknown, permission: string, cb: (granted: boolean) => void) => void,
    ) {
      this.requestHandler = h;
    },
    setPermissionCheckHandler(h: (...args: unknown[]) => boolean) {
      this.checkHandler = h;
    },
  };
  loadURL(url: string): Promise<void> {
    this.loaded.push(url);
    // A new document: what was inserted into the old one is gone.
    this.inserted.clear();
    const data = url.startsWith('data:');
    this.mainFrame.url = url;
    const hub = this.hub;
    if (!hub) return Promise.resolve();
    const answer = data ? 200 : hub(url);
    return Promise.resolve().then(() => {
      if (answer === 'down') {
        this.emit('did-fail-load', {}, -102, 'ERR_CONNECTION_REFUSED', url, true);
        throw new Error(`ERR_CONNECTION_REFUSED (-102) loading '${url}'`);
      }
      this.emit('did-navigate', {}, url, answer, 'OK');
      this.emit('did-finish-load');
    });
  }
  /** The page on screen: the last load (a data: page included). */
  shown(): string {
    return this.loaded.at(-1) ?? '';
  }
  insertCSS(css: string): Promise<string> {
    const key = String(++this.cssKeys);
    this.inserted.set(key, css);
    return Promise.resolve(key);
  }
  removeInsertedCSS(key: string): Promise<void> {
    this.inserted.delete(key);
    return Promise.resolve();
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  forcefullyCrashRenderer(): void {
    this.crashed++;
  }
  /** Messages main sent to the page. */
  sent: [channel: string, payload: unknown][] = [];
  send(channel: string, payload: unknown): void {
    this.sent.push([channel, payload]);
  }
  /** Fires a navigation-like event and tells whether the shell prevented it. */
  navigate(event: 'will-navigate' | 'will-redirect' | 'will-attach-webview', url: string): boolean {
    let prevented = false;
    this.emit(event, { url, preventDefault: () => (prevented = true) });
    return prevented;
  }
  /** A key pressed in the page; tells whether the shell kept it from the page. */
  press(input: Partial<Input> & Pick<Input, 'code' | 'key'>): boolean {
    let prevented = false;
    const full = { type: 'keyDown', control: false, alt: false, shift: false, meta: false, ...input };
    this.emit('before-input-event', { preventDefault: () => (prevented = true) }, full);
    return prevented;
  }
}

export class FakeWindow extends EventEmitter {
  static created: FakeWindow[] = [];
  /** The hub the next windows' loads reach (FakeContents.hub); reset it in beforeEach. */
  static hub: ((url: string) => FakeHubAnswer) | undefined;
  readonly webContents = new FakeContents();
  kiosk: boolean;
  fullScreen: boolean;
  menuBarVisible = false;
  focused = 0;
  private destroyed = false;
  constructor(readonly options: BrowserWindowConstructorOptions) {
    super();
    this.kiosk = options.kiosk ?? false;
    this.fullScreen = options.fullscreen ?? false;
    this.webContents.hub = FakeWindow.hub;
    FakeWindow.created.push(this);
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  close(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.emit('closed');
  }
  focus(): void {
    this.focused++;
  }
  setKiosk(on: boolean): void {
    this.kiosk = on;
  }
  setFullScreen(on: boolean): void {
    this.fullScreen = on;
  }
  setAutoHideMenuBar(): void {}
  setMenuBarVisibility(visible: boolean): void {
    this.menuBarVisible = visible;
  }
}

export const asWindow = (w: FakeWindow): BrowserWindow => w as unknown as BrowserWindow;
export const asContents = (c: FakeContents): WebContents => c as unknown as WebContents;
export const FakeBrowserWindow = FakeWindow as unknown as new (
  o: BrowserWindowConstructorOptions,
) => BrowserWindow;

/** An IPC invoke event as Electron builds it, from a given contents and frame. */
export function invokeEvent(sender: FakeContents, frame: { url: string } | null): IpcMainInvokeEvent {
  return { sender, senderFrame: frame } as unknown as IpcMainInvokeEvent;
}

/** Collects handlers registered with ipcMain.handle so tests can invoke them. */
export function fakeIpcMain() {
  const handlers = new Map<string, (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown>();
  return {
    handlers,
    handle(channel: string, handler: (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown) {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, handler);
    },
    invoke(channel: string, event: IpcMainInvokeEvent, payload: unknown): Promise<unknown> {
      const handler = handlers.get(channel);
      if (!handler) throw new Error(`no handler for ${channel}`);
      return Promise.resolve(handler(event, payload));
    },
  };
}

/** The application menu as set by the shell: null, or the template it was built from. */
export function fakeMenu() {
  return {
    current: undefined as MenuItemConstructorOptions[] | null | undefined,
    setApplicationMenu(menu: Menu | null) {
      this.current = menu as unknown as MenuItemConstructorOptions[] | null;
    },
    buildFromTemplate(template: MenuItemConstructorOptions[]): Menu {
      return template as unknown as Menu;
    },
  };
}

export function fakePowerSaveBlocker() {
  let next = 0;
  return {
    started: new Map<number, string>(),
    start(type: 'prevent-app-suspension' | 'prevent-display-sleep'): number {
      this.started.set(++next, type);
      return next;
    },
    stop(id: number): boolean {
      return this.started.delete(id);
    },
    isStarted(id: number): boolean {
      return this.started.has(id);
    },
  };
}

export function fakeApp() {
  return {
    quits: 0,
    loginItems: [] as Settings[],
    quit() {
      this.quits++;
    },
    setLoginItemSettings(settings: Settings) {
      this.loginItems.push(settings);
    },
  };
}

/** Lets the fake's one-tick-later load events happen. */
export const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** The HTML of a data: page. */
export const pageHtml = (url: string): string => decodeURIComponent(url.slice(url.indexOf(',') + 1));

/** Everything a shell needs from Electron, faked; timers are collected for the test to run. */
export function fakeShellDeps() {
  const timers: { fn: () => void; ms: number }[] = [];
  return {
    BrowserWindow: FakeBrowserWindow,
    Menu: fakeMenu(),
    app: fakeApp(),
    ipcMain: fakeIpcMain(),
    powerSaveBlocker: fakePowerSaveBlocker(),
    timers,
    setTimeout: (fn: () => void, ms: number) => timers.push({ fn, ms }),
  };
}
