import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join } from 'node:path';
import type { App } from 'electron';
import { desktopEntry } from './desktop-entry.ts';
import type { ShellConfig } from './shell-config.ts';

export interface AutostartDeps {
  readonly platform: NodeJS.Platform;
  /** HOME, XDG_CONFIG_HOME: where a Linux session looks for autostart entries. */
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly app: Pick<App, 'setLoginItemSettings'>;
}

/** How this terminal was started, to be started the same way at the next login. */
export interface LaunchCommand {
  readonly executable: string;
  readonly args: readonly string[];
}

export interface RunningTerminal {
  /** process.execPath */
  readonly execPath: string;
  /** process.env.APPIMAGE: an AppImage runs from a temporary mount, this is the file to start. */
  readonly appImage?: string | undefined;
  /** app.isPackaged: an installed app, not Electron run on the sources. */
  readonly packaged: boolean;
  /** app.getAppPath(): run from source, the Electron binary must be told which app to start. */
  readonly appPath: string;
  /** The absolute config file when it was given by --config or AUFRUF_TERMINAL_CONFIG. */
  readonly configFile?: string | undefined;
}

/**
 * The command that starts this terminal again: the installed executable, and the config file when it
 * is not the default one (the config file says the role, so a login starts the same screen; an
 * environment variable set for this start would be gone at the next login).
 */
export function launchCommand(run: RunningTerminal): LaunchCommand {
  return {
    executable: run.appImage || run.execPath,
    args: [...(run.packaged ? [] : [run.appPath]), ...(run.configFile ? [`--config=${run.configFile}`] : [])],
  };
}

/** The user's XDG autostart entry of this app. */
export function xdgAutostartFile(env: AutostartDeps['env']): string {
  // The spec: a relative XDG_CONFIG_HOME is invalid and ignored.
  const configHome =
    env.XDG_CONFIG_HOME && isAbsolute(env.XDG_CONFIG_HOME)
      ? env.XDG_CONFIG_HOME
      : join(env.HOME || homedir(), '.config');
  return join(configHome, 'autostart', 'aufruf-terminal.desktop');
}

const roleNames = { kiosk: 'Kiosk', display: 'Anzeige' } as const satisfies Record<
  ShellConfig['role'],
  string
>;

export type AutostartResult =
  | { readonly via: 'xdg'; readonly file: string; readonly change: 'written' | 'removed' | 'none' }
  | { readonly via: 'login-item' };

/**
 * Makes the PC start this terminal when its user logs in, or stops that, as the config says (by
 * default: the installed app starts, a run from source does not). A login item on Windows and macOS,
 * an XDG autostart entry on Linux. Run at every start, so an entry follows a moved AppImage or a
 * changed config; written only when it differs.
 */
export function applyAutostart(
  deps: AutostartDeps,
  config: Pick<ShellConfig, 'autostart' | 'role'>,
  run: RunningTerminal,
): AutostartResult {
  const enabled = config.autostart ?? run.packaged;
  const command = launchCommand(run);
  if (deps.platform === 'win32' || deps.platform === 'darwin') {
    deps.app.setLoginItemSettings({
      openAtLogin: enabled,
      path: command.executable,
      // Windows joins these into one command line as they are: a path with spaces needs its quotes.
      args: command.args.map((arg) => (/[\s"]/.test(arg) ? `"${arg.replace(/"/g, '')}"` : arg)),
    });
    return { via: 'login-item' };
  }
  const file = xdgAutostartFile(deps.env);
  if (!enabled) {
    if (!existsSync(file)) return { via: 'xdg', file, change: 'none' };
    rmSync(file);
    return { via: 'xdg', file, change: 'removed' };
  }
  const entry = desktopEntry({
    name: `Aufruf Terminal (${roleNames[config.role]})`,
    argv: [command.executable, ...command.args],
  });
  if (readOr(file, '') === entry) return { via: 'xdg', file, change: 'none' };
  mkdirSync(dirname(file), { recursive: true });
  // A session that starts while this is written must not find half an entry.
  writeFileSync(`${file}.tmp`, entry);
  renameSync(`${file}.tmp`, file);
  return { via: 'xdg', file, change: 'written' };
}

function readOr(file: string, fallback: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return fallback;
  }
}
