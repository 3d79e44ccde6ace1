import type { BrowserWindow, Input, IpcMain, IpcMainInvokeEvent } from 'electron';
import { z } from 'zod';
import { adminChannels } from './admin-channel.ts';
import type { UnlockVerdict } from './admin-channel.ts';
import { checkAdminSecret } from './admin-check.ts';
import { adminPromptPage } from './admin-prompt-page.ts';
import { denyPermissions } from './harden.ts';
import { handleGuarded } from './ipc-guard.ts';
import type { ShellWindow, WindowDeps } from './shell-window.ts';
import { hardenedWebPreferences } from './web-preferences.ts';

export interface AdminUnlockDeps {
  readonly BrowserWindow: WindowDeps['BrowserWindow'];
  readonly ipcMain: Pick<IpcMain, 'handle'>;
  readonly setTimeout?: (fn: () => void, ms: number) => unknown;
  readonly fetch?: typeof fetch;
}

export interface AdminUnlockOptions {
  readonly hubUrl: string;
  /** The prompt's preload: window.aufrufAdmin, and nothing else. */
  readonly preload: string;
}

/** A prompt nobody answers (a visitor found the keys) does not stay over the kiosk page. */
export const PROMPT_OPEN_MS = 120_000;

/**
 * Ctrl+Alt+Shift+Q, by key position (Ctrl+Alt is AltGr on a German Windows keyboard, and AltGr+Q
 * types "@"). Nothing visible on a locked terminal hints at it.
 */
export function isUnlockKeys(input: Pick<Input, 'type' | 'code' | 'control' | 'alt' | 'shift'>): boolean {
  return input.type === 'keyDown' && input.control && input.alt && input.shift && input.code === 'KeyQ';
}

export const unlockRequestSchema = z.strictObject({
  // Sent as an HTTP header: printable ASCII only, like the admin secrets the hub makes.
  secret: z
    .string()
    .trim()
    .min(1)
    .max(256)
    .regex(/^[\x20-\x7e]+$/, 'printable ASCII'),
});

/**
 * Lets IT on site leave a locked terminal: the hidden keys open a small prompt for the admin secret,
 * main checks it with the hub, and only a right one unlocks the window (terminal-menu.ts: lock again,
 * reload, quit). A wrong one leaves everything as it was.
 */
export function allowAdminUnlock(
  deps: AdminUnlockDeps,
  shell: ShellWindow,
  options: AdminUnlockOptions,
): void {
  const later = deps.setTimeout ?? ((fn: () => void, ms: number) => setTimeout(fn, ms).unref());
  let prompt: BrowserWindow | null = null;

  const openPrompt = (): void => {
    if (prompt && !prompt.isDestroyed()) {
      prompt.focus();
      return;
    }
    const window = new deps.BrowserWindow({
      parent: shell.window,
      modal: true,
      alwaysOnTop: true,
      width: 560,
      height: 420,
      resizable: false,
      minimizable: false,
      maximizable: false,
      fullscreenable: false,
      autoHideMenuBar: true,
      title: 'Terminal entsperren',
      backgroundColor: '#0b1630',
      webPreferences: hardenedWebPreferences({ preload: options.preload }),
    });
    prompt = window;
    const contents = window.webContents;
    // The prompt is a page of our own and goes nowhere.
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    denyPermissions(contents.session);
    contents.on('before-input-event', (event, input) => {
      if (input.type === 'keyDown' && input.key === 'Escape') {
        event.preventDefault();
        window.close();
      }
    });
    window.on('closed', () => {
      if (prompt === window) prompt = null;
    });
    later(() => {
      if (!window.isDestroyed()) window.close();
    }, PROMPT_OPEN_MS);
    void contents.loadURL(adminPromptPage(options.hubUrl)).catch(() => undefined);
  };

  shell.window.webContents.on('before-input-event', (event, input) => {
    if (!isUnlockKeys(input)) return;
    event.preventDefault();
    if (shell.isLocked()) openPrompt();
  });

  const fromPrompt = (event: IpcMainInvokeEvent): boolean => {
    const frame = event.senderFrame;
    return (
      prompt !== null &&
      !prompt.isDestroyed() &&
      event.sender === prompt.webContents &&
      frame !== null &&
      frame === prompt.webContents.mainFrame &&
      frame.url.startsWith('data:text/html')
    );
  };
  handleGuarded(deps.ipcMain, fromPrompt, {
    channel: adminChannels.unlock,
    schema: unlockRequestSchema,
    handler: async ({ secret }): Promise<UnlockVerdict> => {
      const verdict = await checkAdminSecret(options.hubUrl, secret, deps.fetch ? { fetch: deps.fetch } : {});
      if (verdict === 'accepted') {
        if (prompt && !prompt.isDestroyed()) prompt.close();
        shell.setLocked(false);
      }
      return verdict;
    },
  });
}
