// Electron main of "Aufruf Terminal": one installer for the kiosk PC and the TV PCs; the PC's config
// file says which it is. Only this file and the preloads import Electron: everything they do is in
// @aufruf/desktop, tested in plain Node.
import { join, resolve } from 'node:path';
import {
  applyAutostart,
  loadShellConfig,
  messagePage,
  startDisplayShell,
  startKioskShell,
} from '@aufruf/desktop';
import type { ShellConfig, TerminalShell } from '@aufruf/desktop';
import { createTicketPrinter, openTransport } from '@aufruf/printer';
import { app, BrowserWindow, ipcMain, Menu, powerSaveBlocker } from 'electron';

const argument = process.argv.find((arg) => arg.startsWith('--config='));
const givenConfig = argument?.slice('--config='.length) ?? process.env.AUFRUF_TERMINAL_CONFIG;
const configFile = givenConfig ?? join(app.getPath('userData'), 'aufruf-terminal.yaml');

// One terminal per PC: a second start (a double tap on the icon, a login item and a manual start) just
// brings the first to the front.
if (!app.requestSingleInstanceLock()) app.quit();

let shell: TerminalShell | undefined;
app.on('second-instance', () => shell?.window.focus());
app.on('window-all-closed', () => app.quit());
app.on('will-quit', () => shell?.stop());

function startAtLogin(config: ShellConfig): void {
  try {
    applyAutostart({ platform: process.platform, env: process.env, app }, config, {
      execPath: process.execPath,
      appImage: process.env.APPIMAGE,
      packaged: app.isPackaged,
      appPath: app.getAppPath(),
      configFile: givenConfig && resolve(givenConfig),
    });
  } catch (error) {
    // The screen matters more than the next login: show it anyway.
    console.error(`Autostart could not be set up: ${(error as Error).message}`);
  }
}

void app.whenReady().then(() => {
  let config;
  try {
    config = loadShellConfig(configFile);
  } catch (error) {
    Menu.setApplicationMenu(null);
    const window = new BrowserWindow({
      fullscreen: true,
      webPreferences: { sandbox: true, contextIsolation: true },
    });
    void window.loadURL(messagePage('Aufruf Terminal ist nicht eingerichtet', (error as Error).message));
    return;
  }
  startAtLogin(config);
  const deps = { BrowserWindow, Menu, ipcMain, powerSaveBlocker, app };
  const adminPrompt = join(__dirname, 'admin-preload.cjs');
  shell =
    config.role === 'kiosk'
      ? startKioskShell(
          deps,
          config,
          { page: join(__dirname, 'kiosk-preload.cjs'), adminPrompt },
          createTicketPrinter(openTransport(config.printer)),
        )
      : startDisplayShell(deps, config, { page: join(__dirname, 'display-preload.cjs'), adminPrompt });
});
