import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { adminChannels } from './admin-channel.ts';
import { adminCheckPath } from './admin-check.ts';
import { PROMPT_OPEN_MS } from './admin-unlock.ts';
import { fakeShellDeps, FakeWindow, invokeEvent, pageHtml } from './fake-electron.ts';
import { shellConfigSchema } from './shell-config.ts';
import { startDisplayShell } from './shells.ts';

const SECRET = 'right-secret-0123';

/**
 * Stands in for the hub's admin gate (apps/hub/src/http/admin-auth.ts): after three wrong secrets an
 * address is refused before its secret is read; otherwise 200 for the secret and 401 for anything else.
 */
async function startAdminGate() {
  const seen: { path: string | undefined; authorization: string | undefined }[] = [];
  let wrong = 0;
  const server: Server = createServer((request, response) => {
    seen.push({ path: request.url, authorization: request.headers.authorization });
    if (request.url !== adminCheckPath) return void response.writeHead(404).end();
    if (wrong >= 3) return void response.writeHead(429).end();
    if (request.headers.authorization === `Bearer ${SECRET}`) {
      return void response.writeHead(200, { 'content-type': 'application/json' }).end('{"devices":[]}');
    }
    wrong++;
    response.writeHead(401).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

let gate: Awaited<ReturnType<typeof startAdminGate>>;
beforeEach(async () => {
  FakeWindow.created = [];
  FakeWindow.hub = undefined;
  gate = await startAdminGate();
});
afterEach(() => gate.close());

function terminal(hubUrl = gate.url) {
  const deps = fakeShellDeps();
  const config = shellConfigSchema.parse({ role: 'display', hubUrl });
  const shell = startDisplayShell(deps, config, { page: '/app/display.cjs', adminPrompt: '/app/admin.cjs' });
  const main = FakeWindow.created.at(-1);
  if (!main) throw new Error('no window');
  const pressKeys = (): boolean =>
    main.webContents.press({ code: 'KeyQ', key: 'Q', control: true, alt: true, shift: true });
  const prompt = (): FakeWindow => {
    const window = FakeWindow.created.at(-1);
    if (!window || window === main) throw new Error('no prompt open');
    return window;
  };
  const unlock = (secret: unknown, from = prompt().webContents) =>
    deps.ipcMain.invoke(adminChannels.unlock, invokeEvent(from, from.mainFrame), { secret });
  return { deps, shell, main, pressKeys, prompt, unlock };
}

describe('leaving a locked terminal', () => {
  it('opens the admin prompt on Ctrl+Alt+Shift+Q only, over the locked window', () => {
    const { main, pressKeys, prompt } = terminal();
    expect(main.webContents.press({ code: 'KeyQ', key: 'q', control: true, alt: true })).toBe(false);
    expect(main.webContents.press({ code: 'KeyQ', key: 'Q', control: true, shift: true })).toBe(false);
    expect(FakeWindow.created).toEqual([main]);

    expect(pressKeys()).toBe(true);
    const window = prompt();
    expect(window.options).toMatchObject({
      parent: main,
      modal: true,
      alwaysOnTop: true,
      webPreferences: {
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        preload: '/app/admin.cjs',
      },
    });
    const page = pageHtml(window.webContents.shown());
    expect(page).toContain('Admin-Schlüssel');
    expect(page).toContain('type="password"');
    expect(window.webContents.navigate('will-navigate', `${gate.url}/admin/`)).toBe(true);
    expect(window.webContents.windowOpenHandler?.({ url: gate.url })).toEqual({ action: 'deny' });

    // Pressed again, the one prompt comes to the front.
    pressKeys();
    expect(FakeWindow.created).toHaveLength(2);
    expect(window.focused).toBe(1);
  });

  it('stays locked on a wrong secret and says so', async () => {
    const { main, pressKeys, prompt, unlock } = terminal();
    pressKeys();
    expect(await unlock('guess-guess-1')).toEqual({ ok: true, value: 'refused' });
    expect(gate.seen).toEqual([{ path: '/api/admin/devices', authorization: 'Bearer guess-guess-1' }]);
    expect(main).toMatchObject({ kiosk: true, fullScreen: true });
    expect(prompt().isDestroyed()).toBe(false);
  });

  it('unlocks into a normal window with the terminal menu on the right secret', async () => {
    const { deps, main, pressKeys, prompt, unlock } = terminal();
    pressKeys();
    const window = prompt();
    expect(await unlock(`  ${SECRET} `)).toEqual({ ok: true, value: 'accepted' });
    expect(window.isDestroyed()).toBe(true);
    expect(main).toMatchObject({ kiosk: false, fullScreen: false, menuBarVisible: true });
    expect(deps.Menu.current?.[0]?.label).toBe('Aufruf Terminal');
    // Unlocked, the keys open nothing more.
    expect(pressKeys()).toBe(true);
    expect(FakeWindow.created).toEqual([main, window]);
  });

  it('passes on the hub’s refusal after too many wrong guesses', async () => {
    const { pressKeys, unlock } = terminal();
    pressKeys();
    for (const n of [1, 2, 3]) expect(await unlock(`guess-${n}`)).toMatchObject({ value: 'refused' });
    expect(await unlock(SECRET)).toEqual({ ok: true, value: 'rate-limited' });
  });

  it('stays locked when the hub cannot be reached', async () => {
    const gone = await startAdminGate();
    await gone.close();
    const { main, pressKeys, unlock } = terminal(gone.url);
    pressKeys();
    expect(await unlock(SECRET)).toEqual({ ok: true, value: 'unreachable' });
    expect(main.kiosk).toBe(true);
  });

  it('takes a secret only from its own prompt, and only a plausible one', async () => {
    const { main, pressKeys, unlock } = terminal();
    expect(await unlock(SECRET, main.webContents)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    pressKeys();
    for (const bad of ['', '   ', 'Schlüssel-geheim', 'x'.repeat(300), 42]) {
      expect(await unlock(bad)).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    }
    expect(gate.seen).toEqual([]);
    expect(main.kiosk).toBe(true);
  });

  it('closes the prompt on Escape, or by itself when nobody answers', async () => {
    const { deps, pressKeys, prompt, unlock } = terminal();
    pressKeys();
    const first = prompt();
    expect(first.webContents.press({ code: 'Escape', key: 'Escape' })).toBe(true);
    expect(first.isDestroyed()).toBe(true);
    expect(await unlock(SECRET, first.webContents)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });

    pressKeys();
    const second = prompt();
    const timer = deps.timers.filter((t) => t.ms === PROMPT_OPEN_MS).at(-1);
    timer?.fn();
    expect(second.isDestroyed()).toBe(true);
  });
});
