import type { MenuItemConstructorOptions } from 'electron';

export interface TerminalMenuActions {
  lock(): void;
  reload(): void;
  quit(): void;
}

/**
 * The menu of an unlocked terminal: what IT needs on site, and nothing a visitor could use once the
 * screen is locked again (a locked window has no menu at all).
 */
export function terminalMenu(actions: TerminalMenuActions): MenuItemConstructorOptions[] {
  return [
    {
      label: 'Aufruf Terminal',
      submenu: [
        { label: 'Wieder sperren (Vollbild) / Lock again', click: () => actions.lock() },
        { label: 'Seite neu laden / Reload page', click: () => actions.reload() },
        { type: 'separator' },
        { label: 'Beenden / Quit', click: () => actions.quit() },
      ],
    },
    // Without an Edit menu, copy and paste shortcuts do nothing on macOS.
    { role: 'editMenu' },
  ];
}
