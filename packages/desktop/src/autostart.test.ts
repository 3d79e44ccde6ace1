import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyAutostart, xdgAutostartFile } from './autostart.ts';
import type { RunningTerminal } from './autostart.ts';
import { execLine } from './desktop-entry.ts';
import { fakeApp } from './fake-electron.ts';

const installed: RunningTerminal = {
  execPath: '/opt/Aufruf Terminal/aufruf-terminal',
  packaged: true,
  appPath: '/opt/Aufruf Terminal/resources/app.asar',
};

let home: string;
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'aufruf-home-'));
});
afterEach(() => rmSync(home, { recursive: true, force: true }));

function linux(env: Record<string, string | undefined> = { XDG_CONFIG_HOME: join(home, 'config') }) {
  const app = fakeApp();
  return { app, deps: { platform: 'linux' as const, env, app } };
}

const execOf = (file: string): string | undefined => /^Exec=(.*)$/m.exec(readFileSync(file, 'utf8'))?.[1];

describe('starting at login on Linux', () => {
  it('writes an autostart entry that starts the installed executable with this PC’s config', () => {
    const { deps, app } = linux();
    const result = applyAutostart(
      deps,
      { role: 'kiosk' },
      { ...installed, configFile: '/etc/aufruf/kiosk.yaml' },
    );
    const file = join(home, 'config', 'autostart', 'aufruf-terminal.desktop');
    expect(result).toEqual({ via: 'xdg', file, change: 'written' });
    const entry = readFileSync(file, 'utf8');
    expect(entry).toContain('[Desktop Entry]\nType=Application\n');
    expect(entry).toContain('Name=Aufruf Terminal (Kiosk)\n');
    expect(execOf(file)).toBe('"/opt/Aufruf Terminal/aufruf-terminal" --config=/etc/aufruf/kiosk.yaml');
    expect(app.loginItems).toEqual([]);
    // Every start applies it again; an unchanged entry is left alone.
    expect(
      applyAutostart(deps, { role: 'kiosk' }, { ...installed, configFile: '/etc/aufruf/kiosk.yaml' }),
    ).toMatchObject({ change: 'none' });
  });

  it('removes the entry when the config switches autostart off', () => {
    const { deps } = linux();
    const { file } = applyAutostart(deps, { role: 'display' }, installed) as { file: string };
    expect(execOf(file)).toBe('"/opt/Aufruf Terminal/aufruf-terminal"');
    expect(applyAutostart(deps, { role: 'display', autostart: false }, installed)).toEqual({
      via: 'xdg',
      file,
      change: 'removed',
    });
    expect(existsSync(file)).toBe(false);
    expect(applyAutostart(deps, { role: 'display', autostart: false }, installed)).toMatchObject({
      change: 'none',
    });
  });

  it('starts an AppImage from its file, and a run from source only when the config asks', () => {
    const { deps } = linux();
    const appImage = { ...installed, appImage: '/home/kiosk/Aufruf-Terminal.AppImage' };
    const { file } = applyAutostart(deps, { role: 'display' }, appImage) as { file: string };
    expect(execOf(file)).toBe('/home/kiosk/Aufruf-Terminal.AppImage');

    const source = {
      execPath: '/repo/node_modules/electron/dist/electron',
      packaged: false,
      appPath: '/repo/build/desktop',
    };
    expect(applyAutostart(deps, { role: 'display' }, source)).toMatchObject({ change: 'removed' });
    applyAutostart(deps, { role: 'display', autostart: true }, source);
    expect(execOf(file)).toBe('/repo/node_modules/electron/dist/electron /repo/build/desktop');
  });

  it('finds the autostart folder as the XDG spec says', () => {
    expect(xdgAutostartFile({ XDG_CONFIG_HOME: '/srv/cfg', HOME: '/home/k' })).toBe(
      '/srv/cfg/autostart/aufruf-terminal.desktop',
    );
    expect(xdgAutostartFile({ XDG_CONFIG_HOME: 'relative/cfg', HOME: '/home/k' })).toBe(
      '/home/k/.config/autostart/aufruf-terminal.desktop',
    );
    const { deps } = linux({ HOME: home });
    applyAutostart(deps, { role: 'kiosk' }, installed);
    expect(existsSync(join(home, '.config', 'autostart', 'aufruf-terminal.desktop'))).toBe(true);
  });

  it('quotes and escapes Exec arguments as the Desktop Entry spec asks', () => {
    expect(execLine(['/usr/bin/aufruf-terminal', '--config=/etc/a.yaml'])).toBe(
      '/usr/bin/aufruf-terminal --config=/etc/a.yaml',
    );
    // $ and " escaped inside quotes, % doubled, and a backslash four times (quote level, then string level).
    expect(execLine(['/opt/a$b "c"/run', '--x=50%', 'C:\\x'])).toBe(
      '"/opt/a\\\\$b \\\\"c\\\\"/run" --x=50%% "C:\\\\\\\\x"',
    );
    expect(() => execLine(['/opt/a\nb'])).toThrow(/control character/);
  });
});

describe('starting at login on Windows', () => {
  it('registers the executable as a login item with its config, and unregisters it', () => {
    const app = fakeApp();
    const deps = { platform: 'win32' as const, env: { XDG_CONFIG_HOME: join(home, 'config') }, app };
    const windows: RunningTerminal = {
      execPath: 'C:\\Program Files\\Aufruf Terminal\\Aufruf Terminal.exe',
      packaged: true,
      appPath: 'C:\\Program Files\\Aufruf Terminal\\resources\\app.asar',
      configFile: 'C:\\Users\\Kiosk PC\\aufruf-terminal.yaml',
    };
    expect(applyAutostart(deps, { role: 'kiosk' }, windows)).toEqual({ via: 'login-item' });
    applyAutostart(deps, { role: 'kiosk', autostart: false }, windows);
    expect(app.loginItems).toEqual([
      {
        openAtLogin: true,
        path: 'C:\\Program Files\\Aufruf Terminal\\Aufruf Terminal.exe',
        args: ['"--config=C:\\Users\\Kiosk PC\\aufruf-terminal.yaml"'],
      },
      {
        openAtLogin: false,
        path: 'C:\\Program Files\\Aufruf Terminal\\Aufruf Terminal.exe',
        args: ['"--config=C:\\Users\\Kiosk PC\\aufruf-terminal.yaml"'],
      },
    ]);
    expect(existsSync(join(home, 'config'))).toBe(false);
  });
});
