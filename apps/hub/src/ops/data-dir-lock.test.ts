import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from './backup-test-support.ts';
import { acquireDataDirLock, holderAlive, LOCK_FILE, lockRefusalText } from './data-dir-lock.ts';
import type { LockHolder } from './data-dir-lock.ts';

const temp = useTempDirs();

/** A lock as another program would have written it. */
const foreign = (pid: number, extra: Partial<LockHolder> = {}): LockHolder => ({
  owner: 'hub',
  pid,
  port: 8080,
  startedAt: '2026-11-26T07:00:00.000Z',
  host: 'hub-pc',
  token: 'someone-else',
  ...extra,
});
const write = (dir: string, holder: LockHolder | string): void =>
  writeFileSync(join(dir, LOCK_FILE), typeof holder === 'string' ? holder : JSON.stringify(holder));
const onDisk = (dir: string): LockHolder =>
  JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')) as LockHolder;

/** The pid of a process that has ended. */
const deadPid = (): number => spawnSync(process.execPath, ['-e', '0']).pid ?? 0;

describe('the data folder lock', () => {
  it('is taken with pid, port and start time, and removed on release', () => {
    const dir = temp();
    const attempt = acquireDataDirLock(dir, 'hub', 8080);
    if (!attempt.ok) throw new Error('not taken');
    expect(onDisk(dir)).toMatchObject({ owner: 'hub', pid: process.pid, port: 8080 });
    expect(Date.parse(onDisk(dir).startedAt)).toBeGreaterThan(Date.now() - 60_000);
    attempt.lock.setPort(41234);
    expect(onDisk(dir).port).toBe(41234);
    attempt.lock.release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });

  it('is refused while the program holding it runs', () => {
    const dir = temp();
    // The test runner's parent process: alive for the whole test.
    write(dir, foreign(process.ppid));
    const attempt = acquireDataDirLock(dir, 'restore');
    expect(attempt).toMatchObject({ ok: false, holder: { pid: process.ppid, port: 8080 } });
    expect(onDisk(dir).token).toBe('someone-else');
  });

  it('is taken over from a process that has ended, a damaged file, a reboot or a reused pid', () => {
    const cases: (LockHolder | string)[] = [
      foreign(deadPid()),
      '',
      foreign(process.ppid, { bootId: 'a-boot-before-this-one' }),
    ];
    // Linux: the same pid, but a process started at another time.
    if (existsSync(`/proc/${process.ppid}/stat`)) cases.push(foreign(process.ppid, { processStart: '1' }));
    for (const stale of cases) {
      const dir = temp();
      write(dir, stale);
      const attempt = acquireDataDirLock(dir, 'hub', 8080);
      expect(attempt.ok, JSON.stringify(stale)).toBe(true);
      if (!attempt.ok) continue;
      expect(attempt.tookOver).toEqual(stale === '' ? 'unreadable' : stale);
      expect(onDisk(dir).pid).toBe(process.pid);
      attempt.lock.release();
    }
  });

  it('is left alone on release when someone else has taken it meanwhile', () => {
    const dir = temp();
    const attempt = acquireDataDirLock(dir, 'hub', 8080);
    if (!attempt.ok) throw new Error('not taken');
    write(dir, foreign(process.ppid));
    attempt.lock.release();
    expect(onDisk(dir).token).toBe('someone-else');
  });

  it('counts its own pid as stale: a restarted container gets the same one', () => {
    expect(holderAlive(foreign(process.pid))).toBe(false);
    expect(holderAlive(foreign(process.ppid))).toBe(true);
  });

  it('explains a refusal in German and English, naming the holder and the file', () => {
    const refused = { file: '/srv/aufruf/hub.lock', holder: foreign(4711) };
    const hub = lockRefusalText(refused, '/srv/aufruf', 'hub');
    expect(hub).toContain('Aufruf läuft schon mit diesem Datenordner (Prozess 4711, Port 8080');
    expect(hub).toContain('Aufruf is already running on this data folder (process 4711, port 8080');
    expect(hub).toContain('/srv/aufruf/hub.lock');
    const restore = lockRefusalText(refused, '/srv/aufruf', 'restore');
    expect(restore).toContain('Der Hub läuft noch');
    expect(restore).toContain('Nothing was changed.');
    const restoring = lockRefusalText(
      { ...refused, holder: foreign(4711, { owner: 'restore' }) },
      '/d',
      'hub',
    );
    expect(restoring).toContain('wird gerade eine Sicherung wiederhergestellt');
  });
});
