import { execFile, spawnSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { openStore } from '@aufruf/store';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort, runHubUntilExit, startHubProcess } from '../support/hub-process.ts';
import type { HubProcess } from '../support/hub-process.ts';
import { connect, rid } from '../support/test-hub.ts';
import type { TestSocket } from '../support/test-hub.ts';

// A damaged database is replaced by a backup with one command, which refuses while the hub runs and
// refuses a file that is not a backup; afterwards the hub serves every ticket the backup held.

const execute = promisify(execFile);
let hub: HubProcess | undefined;
let dataDir = '';
const sockets: TestSocket[] = [];
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.close();
  hub?.child.kill('SIGTERM');
  await hub?.exited;
  hub = undefined;
  rmSync(dataDir, { recursive: true, force: true });
});

type Run = { code: number; stdout: string; stderr: string };

/** Runs a command to its end; a failing exit code is returned, not thrown. */
async function run(command: string, args: readonly string[]): Promise<Run> {
  try {
    const { stdout, stderr } = await execute(command, [...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

/** `npm run restore -- FILE --data-dir DIR`, as an operator types it. */
const restore = (file: string): Promise<Run> =>
  run('npm', ['run', '--silent', 'restore', '--', file, '--data-dir', dataDir]);

const open = async (url: string, role: 'kiosk' | 'counter' | 'display'): Promise<TestSocket> => {
  const socket = await connect(url, { demo: role });
  sockets.push(socket);
  return socket;
};

/** Every ticket the hub serves in its snapshot, as the screens see it. */
async function ticketsOf(url: string) {
  const display = await open(url, 'display');
  const snapshot = await display.emitWithAck('office:sync');
  if (!snapshot.ok) throw new Error(`no snapshot: ${snapshot.error.code}`);
  return snapshot.value.state.tickets
    .map(({ id, letter, number, status, errandId }) => ({ id, letter, number, status, errandId }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** Overwrites the middle half of a file with garbage, as a failing disk would. */
function damage(file: string): void {
  const size = statSync(file).size;
  const fd = openSync(file, 'r+');
  writeSync(fd, Buffer.alloc(Math.floor(size / 2), 0xa5), 0, Math.floor(size / 2), Math.floor(size / 4));
  closeSync(fd);
}

const database = (): string => join(dataDir, 'aufruf.sqlite');

describe('npm run restore', () => {
  it(
    'puts a backup in place of a damaged database, keeps the damaged one, and the hub serves every ticket again',
    { timeout: 120_000 },
    async () => {
      dataDir = mkdtempSync(join(tmpdir(), 'aufruf-restore-'));
      const port = await freePort();
      hub = await startHubProcess({ port, dataDir });
      const kiosk = await open(hub.url, 'kiosk');
      for (const errandId of ['ausweis', 'melde', 'gewerbe', 'ausweis', 'melde']) {
        const reply = await kiosk.emitWithAck('ticket:draw', { requestId: rid(), errandId });
        expect(reply.ok).toBe(true);
      }
      const counter = await open(hub.url, 'counter');
      expect(
        (await counter.emitWithAck('counter:call-next', { requestId: rid(), placeId: 'platz-1' })).ok,
      ).toBe(true);
      const before = await ticketsOf(hub.url);
      expect(before).toHaveLength(5);
      expect(before.filter((t) => t.status === 'called')).toHaveLength(1);

      const backup = join(dataDir, 'backups', 'before-the-damage.sqlite');
      const made = await run(process.execPath, [
        '--import',
        'tsx',
        'scripts/backup.ts',
        '--data-dir',
        dataDir,
        '--out',
        backup,
      ]);
      expect(made.stdout).toContain('Checked: integrity ok, 5 tickets');

      // While the hub runs: refused, and nothing touched.
      const live = readFileSync(database());
      const refused = await restore(backup);
      expect(refused.code).toBe(3);
      expect(refused.stderr).toContain('Der Hub läuft noch mit diesem Datenordner');
      expect(refused.stderr).toContain('The hub is still running on this data folder');
      expect(refused.stderr).toContain(`Prozess ${hub.child.pid}`);
      expect(readFileSync(database())).toEqual(live);
      expect(existsSync(join(dataDir, 'replaced'))).toBe(false);

      for (const socket of sockets.splice(0)) socket.close();
      hub.child.kill('SIGTERM');
      await hub.exited;
      hub = undefined;
      expect(existsSync(join(dataDir, 'hub.lock')), 'the lock is gone with the hub').toBe(false);

      damage(database());
      const damaged = readFileSync(database());
      const check = new Database(database(), { readonly: true });
      let integrity: unknown;
      try {
        integrity = check.pragma('integrity_check', { simple: true });
      } catch (error) {
        integrity = error;
      } finally {
        check.close();
      }
      expect(integrity, 'the damage shows').not.toBe('ok');
      // The hub refuses the damaged file and names the command.
      const broken = await runHubUntilExit({ port, dataDir });
      expect(broken.code).toBe(1);
      expect(broken.stderr).toContain('Die Datenbank ist beschädigt');
      expect(broken.stderr).toContain('npm run restore -- "');

      const restored = await restore(backup);
      expect(restored.code, restored.stderr).toBe(0);
      expect(restored.stdout).toContain('Die Sicherung wurde wiederhergestellt.');
      expect(restored.stdout).toContain('The backup was restored.');
      const aside = readdirSync(join(dataDir, 'replaced'));
      expect(aside).toHaveLength(1);
      expect(aside[0]).toMatch(/^aufruf-.+\.sqlite$/);
      expect(readFileSync(join(dataDir, 'replaced', aside[0] ?? ''))).toEqual(damaged);
      expect(restored.stdout).toContain(join(dataDir, 'replaced', aside[0] ?? ''));

      hub = await startHubProcess({ port, dataDir });
      expect(await ticketsOf(hub.url)).toEqual(before);
      // And numbering goes on from the backup: the next Ausweis number follows the last one.
      const next = await (
        await open(hub.url, 'kiosk')
      ).emitWithAck('ticket:draw', {
        requestId: rid(),
        errandId: 'ausweis',
      });
      const lastAusweis = Math.max(...before.filter((t) => t.errandId === 'ausweis').map((t) => t.number));
      expect(next.ok && next.value.ticket.number).toBe(lastAusweis + 1);
    },
  );

  it('refuses a file that is not an Aufruf backup and changes nothing', { timeout: 60_000 }, async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'aufruf-restore-'));
    openStore({ file: database() }).close();
    const live = readFileSync(database());
    const notes = join(dataDir, 'notes.sqlite');
    writeFileSync(notes, 'Dies ist keine Sicherung. '.repeat(200));
    const foreign = join(dataDir, 'foreign.sqlite');
    const other = new Database(foreign);
    other.exec('CREATE TABLE tickets (id TEXT PRIMARY KEY)');
    other.close();

    for (const [file, why] of [
      [notes, 'no usable backup (not an SQLite database)'],
      [foreign, 'no usable backup (not an Aufruf database)'],
    ] as const) {
      const refused = await run(process.execPath, [
        '--import',
        'tsx',
        'scripts/restore.ts',
        file,
        '--data-dir',
        dataDir,
      ]);
      expect(refused.code, file).toBe(2);
      expect(refused.stderr).toContain('keine brauchbare Sicherung');
      expect(refused.stderr).toContain(why);
      expect(refused.stderr).toContain('Es wurde nichts verändert.');
    }
    expect(readFileSync(database())).toEqual(live);
    expect(readdirSync(dataDir).sort()).toEqual(['aufruf.sqlite', 'foreign.sqlite', 'notes.sqlite']);
  });
});

describe('the hub’s lock on its data folder', () => {
  it(
    'takes over a stale lock, keeps a second hub out, and goes when the hub stops',
    { timeout: 60_000 },
    async () => {
      dataDir = mkdtempSync(join(tmpdir(), 'aufruf-lock-'));
      const gone = spawnSync(process.execPath, ['-e', '0']).pid;
      const stale = {
        owner: 'hub',
        pid: gone,
        port: 8080,
        startedAt: '2026-11-26T06:00:00.000Z',
        host: 'x',
        token: 't',
      };
      writeFileSync(join(dataDir, 'hub.lock'), JSON.stringify(stale));

      hub = await startHubProcess({
        port: await freePort(),
        dataDir,
        env: { LOG_LEVEL: 'info', AUFRUF_LOG: 'stdout' },
      });
      expect(hub.stdout()).toContain('took over a stale data folder lock');
      const lock = JSON.parse(readFileSync(join(dataDir, 'hub.lock'), 'utf8')) as {
        pid: number;
        port: number;
      };
      expect(lock).toMatchObject({ pid: hub.child.pid, port: Number(new URL(hub.url).port) });

      const second = await runHubUntilExit({ port: await freePort(), dataDir });
      expect(second.code).toBe(1);
      expect(second.stderr).toContain(`Aufruf läuft schon mit diesem Datenordner (Prozess ${hub.child.pid}`);
      expect(second.stderr).toContain('Aufruf is already running on this data folder');
      // The first one is untouched: still serving, still holding the folder.
      expect((await fetch(`${hub.url}/healthz`)).status).toBe(200);
      expect(readFileSync(join(dataDir, 'hub.lock'), 'utf8')).toContain(`"pid": ${hub.child.pid}`);

      hub.child.kill('SIGTERM');
      await hub.exited;
      hub = undefined;
      expect(existsSync(join(dataDir, 'hub.lock'))).toBe(false);
    },
  );
});
