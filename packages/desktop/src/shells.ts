import { bridgeChannels, ticketPrintSchema } from '@aufruf/protocol';
import type { PrinterStatusInput, PrintReply } from '@aufruf/protocol';
import type { TicketPrinter } from '@aufruf/printer';
import type { BrowserWindow, IpcMain } from 'electron';
import { z } from 'zod';
import { handleGuarded, isTrustedSender } from './ipc-guard.ts';
import type { ShellConfig } from './shell-config.ts';
import { createShellWindow } from './shell-window.ts';
import type { WindowDeps } from './shell-window.ts';

export interface ShellDeps extends WindowDeps {
  readonly ipcMain: Pick<IpcMain, 'handle'>;
}

export interface KioskShell {
  readonly window: BrowserWindow;
  stop(): void;
}

/** The page of one app on the hub, e.g. http://hub:8080/kiosk/ */
export const appUrl = (hubUrl: string, app: 'kiosk' | 'display'): string => new URL(`/${app}/`, hubUrl).href;

const noPayload = z.undefined();

/**
 * The kiosk PC: the hub's kiosk page full screen, and this process owning the ticket printer. The
 * page reaches the printer only through the preload's three calls, each checked here for its sender
 * and its payload before the printer is touched.
 */
export function startKioskShell(
  deps: ShellDeps,
  config: ShellConfig,
  preload: string,
  printer: TicketPrinter,
): KioskShell {
  const url = appUrl(config.hubUrl, 'kiosk');
  const window = createShellWindow(deps, {
    url,
    title: 'Aufruf – Kiosk',
    preload,
    kiosk: config.fullscreen,
    hideCursor: config.hideCursor,
  });
  const trusted = (event: Parameters<typeof isTrustedSender>[0]): boolean =>
    !window.isDestroyed() && isTrustedSender(event, window.webContents, url);

  let last: PrinterStatusInput = { state: 'unknown', canPrint: true };
  const publish = (status: PrinterStatusInput): void => {
    const next = { state: status.state, canPrint: status.canPrint };
    if (next.state === last.state && next.canPrint === last.canPrint) return;
    last = next;
    if (!window.isDestroyed()) window.webContents.send(bridgeChannels.printerStatusChanged, next);
  };

  handleGuarded(deps.ipcMain, trusted, {
    channel: bridgeChannels.print,
    schema: ticketPrintSchema,
    handler: async (job): Promise<PrintReply> => {
      const outcome = await printer.print(job);
      publish(outcome.status);
      return { printed: outcome.ok, state: outcome.status.state, reason: outcome.ok ? null : outcome.reason };
    },
  });
  handleGuarded(deps.ipcMain, trusted, {
    channel: bridgeChannels.printerStatus,
    schema: noPayload,
    handler: () => last,
  });
  handleDeviceToken(deps, trusted, config);

  const stopWatching = printer.watchStatus(config.statusIntervalMs, publish);
  return { window, stop: stopWatching };
}

/** The TV PC: the hub's display page full screen, allowed to play the gong without a tap. */
export function startDisplayShell(deps: ShellDeps, config: ShellConfig, preload: string): BrowserWindow {
  const url = appUrl(config.hubUrl, 'display');
  const window = createShellWindow(deps, {
    url,
    title: 'Aufruf – Anzeige',
    preload,
    kiosk: config.fullscreen,
    hideCursor: config.hideCursor,
    autoplay: true,
  });
  handleDeviceToken(
    deps,
    (event) => !window.isDestroyed() && isTrustedSender(event, window.webContents, url),
    config,
  );
  return window;
}

function handleDeviceToken(
  deps: ShellDeps,
  trusted: Parameters<typeof handleGuarded>[1],
  config: ShellConfig,
): void {
  handleGuarded(deps.ipcMain, trusted, {
    channel: bridgeChannels.deviceToken,
    schema: noPayload,
    handler: () => config.deviceToken ?? null,
  });
}
