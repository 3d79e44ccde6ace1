import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bridgeChannels } from '@aufruf/protocol';
import type { TicketPrint } from '@aufruf/protocol';
import { createTicketPrinter, decodeEscPos, ticketNumberLine, tcpTransport } from '@aufruf/printer';
import { PAPER_OUT, READY, startFakePrinter } from '@aufruf/printer/testing';
import type { FakePrinter } from '@aufruf/printer/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeShellDeps, FakeWindow, invokeEvent } from './fake-electron.ts';
import { loadShellConfig, shellConfigSchema, ShellConfigError } from './shell-config.ts';
import { startDisplayShell, startKioskShell } from './shells.ts';

const job: TicketPrint = {
  officeName: 'Bürgerbüro Musterstadt',
  number: { letter: 'F', number: 7 },
  errandName: 'Führerschein',
  drawnAt: Date.UTC(2026, 10, 26, 8, 14),
  timeZone: 'Europe/Berlin',
  ahead: 2,
  estimate: null,
  followUrl: 'http://10.0.0.2:8080/t/abcdefghijklmnopqrstuv',
};

let printer: FakePrinter;
const stops: (() => void)[] = [];
beforeEach(async () => {
  FakeWindow.created = [];
  printer = await startFakePrinter(READY);
});
afterEach(async () => {
  for (const stop of stops.splice(0)) stop();
  await printer.close();
});

const preloads = { page: '/app/kiosk-preload.cjs', adminPrompt: '/app/admin-preload.cjs' };

function kiosk() {
  const deps = fakeShellDeps();
  const ipc = deps.ipcMain;
  const config = shellConfigSchema.parse({
    role: 'kiosk',
    hubUrl: 'http://10.0.0.2:8080',
    deviceToken: 'k'.repeat(43),
    printer: { kind: 'tcp', host: '127.0.0.1', port: printer.port },
    statusIntervalMs: 1000,
  });
  const ticketPrinter = createTicketPrinter(
    tcpTransport({ host: '127.0.0.1', port: printer.port, timeoutMs: 1000 }),
  );
  const shell = startKioskShell(deps, config, preloads, ticketPrinter);
  stops.push(() => shell.stop());
  const window = FakeWindow.created.at(-1);
  if (!window) throw new Error('no window');
  window.webContents.mainFrame.url = 'http://10.0.0.2:8080/kiosk/';
  const fromPage = invokeEvent(window.webContents, window.webContents.mainFrame);
  return { ipc, window, fromPage, deps, shell };
}

describe('the kiosk shell', () => {
  it('opens the hub’s kiosk page in a hardened window with the kiosk preload', () => {
    const { window } = kiosk();
    expect(window.webContents.loaded).toEqual(['http://10.0.0.2:8080/kiosk/']);
    expect(window.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      preload: '/app/kiosk-preload.cjs',
    });
  });

  it('prints a valid job from its own page on the configured printer', async () => {
    const { ipc, fromPage } = kiosk();
    const reply = await ipc.invoke(bridgeChannels.print, fromPage, job);
    expect(reply).toEqual({ ok: true, value: { printed: true, state: 'ok', reason: null } });
    await expect.poll(() => printer.jobs.length).toBe(1);
    const decoded = decodeEscPos(printer.jobs[0] ?? Buffer.alloc(0));
    expect(ticketNumberLine(decoded)?.text).toBe('F 007');
    expect(decoded.qrCodes.map((q) => q.data)).toEqual([job.followUrl]);
  });

  it('refuses a foreign sender and a bad payload without touching the printer', async () => {
    const { ipc, window } = kiosk();
    const stranger = invokeEvent(window.webContents, { url: 'https://evil.example/kiosk/' });
    expect(await ipc.invoke(bridgeChannels.print, stranger, job)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    const fromPage = invokeEvent(window.webContents, window.webContents.mainFrame);
    for (const bad of [
      { ...job, bytes: [27, 64] },
      { ...job, followUrl: 'javascript:alert(1)' },
      { ...job, officeName: 'x'.repeat(500) },
      'A 7',
    ]) {
      expect(await ipc.invoke(bridgeChannels.print, fromPage, bad)).toMatchObject({
        ok: false,
        error: { code: 'invalid-payload' },
      });
    }
    expect(printer.jobs).toEqual([]);
  });

  it('tells the page when the paper runs out, and then refuses to print with the reason', async () => {
    const { ipc, window, fromPage } = kiosk();
    printer.answers = PAPER_OUT;
    await expect
      .poll(() => window.webContents.sent.at(-1), { timeout: 5000 })
      .toEqual([bridgeChannels.printerStatusChanged, { state: 'paper-out', canPrint: false }]);
    expect(await ipc.invoke(bridgeChannels.printerStatus, fromPage, undefined)).toEqual({
      ok: true,
      value: { state: 'paper-out', canPrint: false },
    });
    expect(await ipc.invoke(bridgeChannels.print, fromPage, job)).toEqual({
      ok: true,
      value: { printed: false, state: 'paper-out', reason: 'paper-out' },
    });
    expect(printer.jobs).toEqual([]);
  });

  it('gives its own page the device token from the PC’s config, and nobody else', async () => {
    const { ipc, window, fromPage } = kiosk();
    expect(await ipc.invoke(bridgeChannels.deviceToken, fromPage, undefined)).toEqual({
      ok: true,
      value: 'k'.repeat(43),
    });
    const iframe = invokeEvent(window.webContents, { url: 'http://10.0.0.2:8080/kiosk/' });
    expect(await ipc.invoke(bridgeChannels.deviceToken, iframe, undefined)).toMatchObject({ ok: false });
  });
});

describe('the display shell', () => {
  it('opens the display page full screen and may play sound without a tap', () => {
    const config = shellConfigSchema.parse({ role: 'display', hubUrl: 'http://10.0.0.2:8080' });
    startDisplayShell(fakeShellDeps(), config, { ...preloads, page: '/app/display-preload.cjs' });
    const window = FakeWindow.created.at(-1);
    expect(window?.webContents.loaded).toEqual(['http://10.0.0.2:8080/display/']);
    expect(window?.options).toMatchObject({
      kiosk: true,
      webPreferences: { autoplayPolicy: 'no-user-gesture-required' },
    });
  });
});

describe('keeping the screen on', () => {
  it('keeps the display from sleeping while the kiosk runs, and lets it sleep when it quits', () => {
    const { deps, shell } = kiosk();
    expect([...deps.powerSaveBlocker.started.values()]).toEqual(['prevent-display-sleep']);
    shell.stop();
    expect(deps.powerSaveBlocker.started.size).toBe(0);
  });

  it('lets the screen sleep when the TV’s window is closed', () => {
    const deps = fakeShellDeps();
    const config = shellConfigSchema.parse({ role: 'display', hubUrl: 'http://10.0.0.2:8080' });
    const shell = startDisplayShell(deps, config, preloads);
    expect([...deps.powerSaveBlocker.started.values()]).toEqual(['prevent-display-sleep']);
    FakeWindow.created.at(-1)?.close();
    expect(deps.powerSaveBlocker.started.size).toBe(0);
    shell.stop();
  });
});

describe('the PC’s config file', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
  const file = (text: string): string => {
    const dir = mkdtempSync(join(tmpdir(), 'aufruf-shell-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'aufruf-terminal.yaml'), text);
    return join(dir, 'aufruf-terminal.yaml');
  };

  it('reads a kiosk PC’s config with its printer', () => {
    const config = loadShellConfig(
      file('role: kiosk\nhubUrl: http://192.168.10.5:8080\nprinter: { kind: usb, vendorId: 0x04b8 }\n'),
    );
    expect(config).toMatchObject({
      role: 'kiosk',
      fullscreen: true,
      printer: { kind: 'usb', vendorId: 0x04b8 },
    });
  });

  it('names the field and the problem of a bad config', () => {
    const bad = file('role: tv\nhubUrl: localhost\nprinter: { kind: serial }\n');
    expect(() => loadShellConfig(bad)).toThrow(ShellConfigError);
    expect(() => loadShellConfig(bad)).toThrow(/role:/);
    expect(() => loadShellConfig(bad)).toThrow(/hubUrl: must be an http\(s\) address/);
    expect(() => loadShellConfig(bad)).toThrow(/printer\.kind/);
  });

  it('leaves autostart to the build unless the config says it', () => {
    expect(loadShellConfig(file('role: display\nhubUrl: http://hub:8080\n')).autostart).toBeUndefined();
    expect(
      loadShellConfig(file('role: display\nhubUrl: http://hub:8080\nautostart: false\n')).autostart,
    ).toBe(false);
    expect(() =>
      loadShellConfig(file('role: display\nhubUrl: http://hub:8080\nautostart: sometimes\n')),
    ).toThrow(/autostart:/);
  });
});
