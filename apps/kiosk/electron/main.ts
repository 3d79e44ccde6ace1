// Electron main of "Aufruf Terminal": one installer for the kiosk PC and the TV PCs; the PC's config
// file says which it is. Only this file and the preloads import Electron: everything they do is in
// @aufruf/desktop, tested in plain Node.
import { join } from 'node:path';
import { loadShellConfig, messagePage, startDisplayShell, startKioskShell } from '@aufruf/desktop';
import { createTicketPrinter, openTransport } from '@aufruf/printer';
import { app, BrowserWindow, ipcMain, Menu } from 'electron';

const argument = process.argv.find((arg) => arg.startsWith('--config='));
const configFile =
  argument?.slice('--config='.length) ??
  process.env.AUFRUF_TERMINAL_CONFIG ??
  join(app.getPath('userData'), 'aufruf-terminal.yaml');

// One terminal per PC: a second start (a double tap on the icon) just focuses the first.
if (!app.requestSingleInstanceLock()) app.quit();

app.on('window-all-closed', () => app.quit());

void app.whenReady().then(() => {
  const deps = { BrowserWindow, Menu, ipcMain };
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
  if (config.role === 'kiosk') {
    startKioskShell(
      deps,
      config,
      join(__dirname, 'kiosk-preload.cjs'),
      createTicketPrinter(openTransport(config.printer)),
    );
  } else {
    startDisplayShell(deps, config, join(__dirname, 'display-preload.cjs'));
  }
});
