// Test double of the few Electron objects the shell touches: the Electron binary cannot run here.
import { EventEmitter } from 'node:events';
import type {
  BrowserWindow,
  BrowserWindowConstructorOptions,
  IpcMainInvokeEvent,
  WebContents,
} from 'electron';

export class FakeContents extends EventEmitter {
  loaded: string[] = [];
  css: string[] = [];
  crashed = 0;
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  readonly mainFrame = { url: '' };
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
    if (!url.startsWith('data:')) this.mainFrame.url = url;
    return Promise.resolve();
  }
  insertCSS(css: string): Promise<string> {
    this.css.push(css);
    return Promise.resolve('key');
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
}

export class FakeWindow extends EventEmitter {
  static created: FakeWindow[] = [];
  readonly webContents = new FakeContents();
  constructor(readonly options: BrowserWindowConstructorOptions) {
    super();
    FakeWindow.created.push(this);
  }
  isDestroyed(): boolean {
    return false;
  }
}

export const asWindow = (w: FakeWindow): BrowserWindow => w as unknown as BrowserWindow;
export const asContents = (c: FakeContents): WebContents => c as unknown as WebContents;

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
      handlers.set(channel, handler);
    },
    invoke(channel: string, event: IpcMainInvokeEvent, payload: unknown): Promise<unknown> {
      const handler = handlers.get(channel);
      if (!handler) throw new Error(`no handler for ${channel}`);
      return Promise.resolve(handler(event, payload));
    },
  };
}
