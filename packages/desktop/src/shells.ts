import { bridgeChannels, ticketPrintSchema } from '@aufruf/protocol';
import type { PrinterStatusInput, PrintReply } from '@aufruf/protocol';
import type { TicketPrinter } from '@aufruf/printer';
import type { BrowserWindow, IpcMain, IpcMainInvokeEvent, PowerSaveBlocker } from 'electron';
import { z } from 'zod';
import { allowAdminUnlock } from './admin-unlock.ts';
import { handleGuarded, isTrustedSender } from './ipc-guard.ts';
import { keepScreenAwake } from './keep-awake.ts';
import type { ShellConfig } from './shell-config.ts';
import { createShellWindow } from './shell-window.ts';
import type { ShellWindow, ShellWindowOptions, WindowDeps } from './shell-window.ts';

export interface ShellDeps extends WindowDeps {
  readonly ipcMain: Pick<IpcMain, 'handle'>;
  readonly powerSaveBlocker: Pick<PowerSaveBlocker, 'start' | 'stop' | 'isStarted'>;
  /** How main asks the hub about an admin secret (Node's fetch unless a test says otherwise). */
  readonly fetch?: typeof fetch;
}

/** The preloads of a terminal's two kinds of window. */
export interface ShellPreloads {
  /** The hub page's window: the kiosk's printer bridge, or the display's device token. */
  readonly page: string;
  /** The admin prompt: window.aufrufAdmin to unlock the terminal. */
  readonly adminPrompt: string;
}

/** A running terminal: its window, and what stops its printer watch and lets the screen sleep again. */
export interface TerminalShell {
  readonly window: BrowserWindow;
  stop(): void;
}

type Trusted = (event: IpcMainInvokeEvent) => boolean;

/** The page of one app on the hub, e.g. http://hub:8080/kiosk/ */
export const appUrl = (hubUrl: string, app: 'kiosk' | 'display'): string => new URL(`/${app}/`, hubUrl).href;

const noPayload = z.undefined();

/**
 * What the kiosk and the TV have in common: the hub's page full screen, the screen kept awake while it
 * runs, the hidden way out for IT, and the device token for the page.
 */
function startTerminal(
  deps: ShellDeps,
  config: ShellConfig,
  preloads: ShellPreloads,
  window: Omit<ShellWindowOptions, 'kiosk' | 'hideCursor' | 'preload'>,
): { shell: ShellWindow; trusted: Trusted; stop(): void } {
  const shell = createShellWindow(deps, {
    ...window,
    preload: preloads.page,
    kiosk: config.fullscreen,
    hideCursor: config.hideCursor,
  });
  const letSleep = keepScreenAwake(deps.powerSaveBlocker);
  shell.window.on('closed', letSleep);
  allowAdminUnlock(deps, shell, { hubUrl: config.hubUrl, preload: preloads.adminPrompt });
  const trusted: Trusted = (event) =>
    !shell.window.isDestroyed() && isTrustedSender(event, shell.window.webContents, window.url);
  handleGuarded(deps.ipcMain, trusted, {
    channel: bridgeChannels.deviceToken,
    schema: noPayload,
    handler: () => config.deviceToken ?? null,
  });
  return { shell, trusted, stop: letSleep };
}

/**
 * The kiosk PC: the hub's kiosk page full screen, and this process owning the ticket printer. The
 * page reaches the printer only through the preload's three calls, each checked here for its sender
 * and its payload before the printer is touched.
 */
export function startKioskShell(
  deps: ShellDeps,
  config: ShellConfig,
  preloads: ShellPreloads,
  printer: TicketPrinter,
): TerminalShell {
  const terminal = startTerminal(deps, config, preloads, {
    url: appUrl(config.hubUrl, 'kiosk'),
    title: 'Aufruf – Kiosk',
  });
  const { window } = terminal.shell;

  let last: PrinterStatusInput = { state: 'unknown', canPrint: true };
  const publish = (status: PrinterStatusInput): void => {
    const next = { state: status.state, canPrint: status.canPrint };
    if (next.state === last.state && next.canPrint === last.canPrint) return;
    last = next;
    if (!window.isDestroyed()) window.webContents.send(bridgeChannels.printerStatusChanged, next);
  };

  handleGuarded(deps.ipcMain, terminal.trusted, {
    channel: bridgeChannels.print,
    schema: ticketPrintSchema,
    handler: async (job): Promise<PrintReply> => {
      const outcome = await printer.print(job);
      publish(outcome.status);
      return { printed: outcome.ok, state: outcome.status.state, reason: outcome.ok ? null : outcome.reason };
    },
  });
  handleGuarded(deps.ipcMain, terminal.trusted, {
    channel: bridgeChannels.printerStatus,
    schema: noPayload,
    handler: () => last,
  });

  const stopWatching = printer.watchStatus(config.statusIntervalMs, publish);
  return {
    window,
    stop: () => {
      stopWatching();
      terminal.stop();
    },
  };
}

/** The TV PC: the hub's display page full screen, allowed to play the gong without a tap. */
export function startDisplayShell(
  deps: ShellDeps,
  config: ShellConfig,
  preloads: ShellPreloads,
): TerminalShell {
  const terminal = startTerminal(deps, config, preloads, {
    url: appUrl(config.hubUrl, 'display'),
    title: 'Aufruf – Anzeige',
    autoplay: true,
  });
  return { window: terminal.shell.window, stop: () => terminal.stop() };
}
