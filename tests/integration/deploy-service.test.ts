// The hub as a systemd service (deploy/): what install-debian.sh installs, systemd accepts; the hub
// runs with the unit's own command line and environment; and after a stop and a new start, as
// Restart=always does it, the screens are back on their own. What needs systemd as PID 1 (the user,
// the sandbox) cannot run here: systemd-analyze checks it without running it.
import { execFile, spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createHubClient } from '@aufruf/client';
import type { HubClient, HubView } from '@aufruf/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/hub-process.ts';

const run = promisify(execFile);
const repo = join(import.meta.dirname, '..', '..');
const analyze = spawnSync('systemd-analyze', ['--version']).status === 0;
if (!analyze && process.env.CI) throw new Error('CI must have systemd-analyze (.ci/run installs systemd)');

const dirs: string[] = [];
const tempDir = (name: string): string => {
  const dir = mkdtempSync(join(tmpdir(), `aufruf-deploy-${name}-`));
  dirs.push(dir);
  return dir;
};
const hubs: ChildProcess[] = [];
const clients: HubClient[] = [];
afterAll(() => {
  for (const client of clients) client.close();
  for (const child of hubs) if (child.exitCode === null) child.kill('SIGKILL');
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** The [Service] section of a unit: ExecStart split into words, Environment= as a record, the rest as read. */
interface ServiceSection {
  readonly exec: readonly string[];
  readonly env: Readonly<Record<string, string>>;
  readonly settings: Readonly<Record<string, string>>;
}

function serviceSection(file: string): ServiceSection {
  let section = '';
  const env: Record<string, string> = {};
  const settings: Record<string, string> = {};
  for (const raw of readFileSync(file, 'utf8').split('\n')) {
    const line = raw.trim();
    if (line.startsWith('[')) section = line;
    const match = /^(\w+)=(.*)$/.exec(line);
    if (section !== '[Service]' || !match) continue;
    const [, key = '', value = ''] = match;
    if (key !== 'Environment') {
      settings[key] = value;
      continue;
    }
    // One or more assignments, each maybe in double quotes ("NAME=a value").
    for (const [, quoted, plain] of value.matchAll(/"([^"]*)"|(\S+)/g)) {
      const [name = '', ...rest] = (quoted ?? plain ?? '').split('=');
      env[name] = rest.join('=');
    }
  }
  return { exec: (settings.ExecStart ?? '').split(/\s+/), env, settings };
}

let installRoot = '';
let unitFile = '';
let dropIn = '';
let installOutput = '';
beforeAll(async () => {
  installRoot = tempDir('root');
  const { stdout } = await run('bash', ['deploy/install-debian.sh', '--root', installRoot, '--usb-printer'], {
    cwd: repo,
  });
  installOutput = stdout;
  unitFile = join(installRoot, 'etc/systemd/system/aufruf-hub.service');
  dropIn = join(installRoot, 'etc/systemd/system/aufruf-hub.service.d/usb-printer.conf');
}, 60_000);

/** systemd-analyze's verdict on unit files: a warning counts as a failure (systemd ignores such lines). */
async function verify(files: string[]): Promise<{ ok: boolean; output: string }> {
  const result = await run('systemd-analyze', ['verify', ...files]).then(
    ({ stdout, stderr }) => ({ code: 0, output: stdout + stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({
      code: error.code,
      output: error.stdout + error.stderr,
    }),
  );
  return { ok: result.code === 0 && result.output.trim() === '', output: result.output };
}

describe('install-debian.sh --root', () => {
  it('installs the unit, its USB drop-in, logrotate, the config and the code, and runs no system command', () => {
    expect(readFileSync(unitFile, 'utf8')).toBe(
      readFileSync(join(repo, 'deploy/systemd/aufruf-hub.service'), 'utf8'),
    );
    expect(existsSync(dropIn)).toBe(true);
    expect(existsSync(join(installRoot, 'etc/udev/rules.d/60-aufruf-printer.rules'))).toBe(true);
    expect(existsSync(join(installRoot, 'etc/logrotate.d/aufruf'))).toBe(true);
    expect(readFileSync(join(installRoot, 'etc/aufruf/aufruf.yaml'), 'utf8')).toBe(
      readFileSync(join(repo, 'config/aufruf.example.yaml'), 'utf8'),
    );
    // The code, without what a build or a run makes.
    expect(existsSync(join(installRoot, 'opt/aufruf/apps/hub/src/main.ts'))).toBe(true);
    expect(existsSync(join(installRoot, 'opt/aufruf/node_modules'))).toBe(false);
    expect(existsSync(join(installRoot, 'opt/aufruf/apps/hub/dist'))).toBe(false);
    for (const command of ['useradd', 'npm ci', 'udevadm', 'systemctl enable', 'systemctl restart'])
      expect(installOutput).toMatch(new RegExp(`\\(--root: not run\\) .*${command}`));
  });

  it('keeps an edited config and the USB drop-in when run again', async () => {
    const config = join(installRoot, 'etc/aufruf/aufruf.yaml');
    writeFileSync(
      config,
      readFileSync(config, 'utf8').replace('Bürgerbüro Musterstadt', 'Bürgerbüro Nebenan'),
    );
    await run('bash', ['deploy/install-debian.sh', '--root', installRoot], { cwd: repo });
    expect(readFileSync(config, 'utf8')).toContain('Bürgerbüro Nebenan');
    expect(existsSync(dropIn), 'the drop-in without --usb-printer given again').toBe(true);
  }, 60_000);
});

describe.skipIf(!analyze)('the installed units, checked by systemd-analyze', () => {
  it('verify without a warning (drop-in included), and the hub unit is sandboxed (exposure 3.5 or less)', async () => {
    const verdict = await verify([unitFile]);
    expect(verdict.output).toBe('');
    expect(verdict.ok).toBe(true);
    // The exposure score is in tenths: 35 is "3.5".
    const security = await run('systemd-analyze', ['security', '--offline=yes', '--threshold=35', unitFile]);
    console.log(security.stdout.trim().split('\n').at(-1));
  });

  it('refuses a broken unit or drop-in: a misspelled setting, a bad value, a missing program', async () => {
    const good = readFileSync(unitFile, 'utf8');
    const breakages: [string, string][] = [
      ['ProtectSystem=strict', 'ProtectSytem=strict'],
      ['Restart=always', 'Restart=sometimes'],
      ['ExecStart=/usr/bin/node', 'ExecStart=/usr/bin/nodejs-missing'],
      ['RestrictAddressFamilies=AF_INET', 'RestrictAddressFamilies=AF_INTE'],
    ];
    for (const [from, to] of breakages) {
      const dir = tempDir('broken');
      writeFileSync(join(dir, 'aufruf-hub.service'), good.replace(from, to));
      const verdict = await verify([join(dir, 'aufruf-hub.service')]);
      expect(verdict.ok, `${to} accepted`).toBe(false);
    }
    // A drop-in beside the unit is read with it.
    const dir = tempDir('broken');
    writeFileSync(join(dir, 'aufruf-hub.service'), good);
    mkdirSync(join(dir, 'aufruf-hub.service.d'));
    const brokenDropIn = readFileSync(dropIn, 'utf8').replace('DeviceAllow=', 'DeviceAlow=');
    writeFileSync(join(dir, 'aufruf-hub.service.d/usb-printer.conf'), brokenDropIn);
    expect((await verify([join(dir, 'aufruf-hub.service')])).ok, 'DeviceAlow= accepted').toBe(false);
  });
});

/** Paths of the unit on this machine: the code is this repository (built), the config the installed one. */
const onThisMachine = (value: string): string =>
  value
    .replace(/^\/opt\/aufruf(?=\/|$)/, repo)
    .replace(/^\/etc\/aufruf(?=\/|$)/, join(installRoot, 'etc/aufruf'));

interface UnitHub {
  readonly child: ChildProcess;
  readonly url: string;
  /** When /healthz first answered ready. */
  readonly readyAt: number;
  readonly exited: Promise<number | null>;
  readonly stdout: () => string;
  readonly stderr: () => string;
}

/**
 * Starts the hub as systemd would: the unit's ExecStart, WorkingDirectory and Environment in an
 * otherwise empty environment, as an unprivileged user (nobody for aufruf) when the tests run as root.
 * Only the data folder (StateDirectory), the port and the address are the test's own.
 */
async function startAsUnit(port: number, dataDir: string): Promise<UnitHub> {
  const unit = serviceSection(unitFile);
  const [program = '', ...args] = unit.exec.map(onThisMachine);
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    chownSync(dataDir, 65534, 65534);
    // What --root printed instead of doing: the config readable by the service's group (nogroup here).
    chmodSync(installRoot, 0o755);
    chownSync(join(installRoot, 'etc/aufruf/aufruf.yaml'), 0, 65534);
  }
  const child = spawn(program, args, {
    cwd: onThisMachine(unit.settings.WorkingDirectory ?? '/'),
    env: {
      PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin',
      HOME: dataDir,
      ...Object.fromEntries(Object.entries(unit.env).map(([k, v]) => [k, onThisMachine(v)])),
      AUFRUF_DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
  });
  hubs.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`hub exited with ${child.exitCode}:\n${stderr}`);
    const health = await fetch(`${url}/healthz`).then(
      (r) => r.json() as Promise<{ status?: string }>,
      () => undefined,
    );
    if (health?.status === 'ready')
      return { child, url, readyAt: Date.now(), exited, stdout: () => stdout, stderr: () => stderr };
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`hub did not become ready:\n${stderr}`);
}

const builtHub = join(repo, 'apps/hub/dist/main.mjs');

describe('the hub started the way the unit starts it', () => {
  it('is built', () => {
    expect(existsSync(builtHub), 'run "npm run build" first').toBe(true);
  });

  it('answers /healthz ready, logs JSON lines to stdout (the journal), and stops cleanly on SIGTERM', async () => {
    const dataDir = tempDir('data');
    const hub = await startAsUnit(await freePort(), dataDir);
    const health = await fetch(`${hub.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ready', database: 'ok' });
    // The people's text goes to stderr, also in the journal; it names the config the unit gives.
    expect(hub.stderr()).toContain('JSON auf der Standardausgabe');
    expect(hub.stderr()).toContain(join(installRoot, 'etc/aufruf/aufruf.yaml'));

    const stopSeconds = Number.parseInt(serviceSection(unitFile).settings.TimeoutStopSec ?? '', 10);
    const stopping = Date.now();
    hub.child.kill('SIGTERM');
    expect(await hub.exited).toBe(0);
    expect(Date.now() - stopping).toBeLessThan(stopSeconds * 1000);
    const lines = hub.stdout().split('\n').filter(Boolean);
    const records = lines.map((line) => JSON.parse(line) as { msg?: string; signal?: string });
    expect(records).toContainEqual(expect.objectContaining({ msg: 'listening' }));
    expect(records).toContainEqual(expect.objectContaining({ msg: 'stopping', signal: 'SIGTERM' }));
    expect(existsSync(join(dataDir, 'logs', 'aufruf.log')), 'a log file beside the journal').toBe(false);
  }, 30_000);

  it('after SIGTERM and a new start (Restart=always), a counter and a kiosk are back with the same queue within 2 s', async () => {
    const dataDir = tempDir('restart');
    const port = await freePort();
    const first = await startAsUnit(port, dataDir);
    // A production hub: devices are paired with the admin secret it prints at its first start.
    const secret = /Admin-Schlüssel\s+(\S+)/.exec(first.stderr())?.[1] ?? '';
    const pair = async (body: object): Promise<string> => {
      const post = (path: string, json: object, headers: Record<string, string> = {}) =>
        fetch(`${first.url}${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify(json),
        }).then((r) => r.json() as Promise<Record<string, unknown>>);
      const { code } = await post('/api/admin/pairings', body, { authorization: `Bearer ${secret}` });
      const { token } = await post('/api/pair', { code });
      return String(token);
    };
    // The apps' own client, with its default connection settings.
    const connect = (token: string): HubClient => {
      const client = createHubClient({ url: first.url, auth: () => ({ token }) });
      clients.push(client);
      return client;
    };
    const kiosk = connect(await pair({ role: 'kiosk', name: 'Eingang' }));
    const counter = connect(await pair({ role: 'counter', name: 'Platz 1', placeId: 'platz-1' }));
    const queue = (view: HubView): string[] =>
      [...(view.state?.tickets.values() ?? [])].map((t) => `${t.letter}${t.number} ${t.status}`).sort();
    const both = (check: (view: HubView) => boolean) =>
      expect
        .poll(() => check(kiosk.getView()) && check(counter.getView()), { timeout: 10_000, interval: 20 })
        .toBe(true);

    await both((v) => v.status === 'online');
    expect((await kiosk.send('ticket:draw', { errandId: 'ausweis' })).ok).toBe(true);
    expect((await kiosk.send('ticket:draw', { errandId: 'melde' })).ok).toBe(true);
    expect((await counter.send('counter:call-next', { placeId: 'platz-1' })).ok).toBe(true);
    await both((v) => queue(v).length === 2 && queue(v).some((t) => t.endsWith('called')));
    const before = queue(counter.getView());

    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    await both((v) => v.status === 'offline');

    // systemd waits RestartSec= before it starts the hub again.
    const restartSec = Number.parseFloat(serviceSection(unitFile).settings.RestartSec ?? '0');
    await new Promise((r) => setTimeout(r, restartSec * 1000));
    const second = await startAsUnit(port, dataDir);
    await expect
      .poll(
        () =>
          [kiosk, counter].every((c) => c.getView().status === 'online') &&
          [kiosk, counter].every((c) => queue(c.getView()).join() === before.join()),
        { timeout: 10_000, interval: 20 },
      )
      .toBe(true);
    const resyncedAfter = Date.now() - second.readyAt;
    console.log(`screens resynced ${resyncedAfter} ms after the new hub answered /healthz`);
    expect(resyncedAfter).toBeLessThan(2000);
    second.child.kill('SIGTERM');
    await second.exited;
  }, 60_000);
});
