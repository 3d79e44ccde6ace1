import { copyFile } from 'node:fs/promises';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { manualClock } from '@aufruf/core';
import { openStore } from '@aufruf/store';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { checkBackupFile } from './backup-check.ts';
import { writeSnapshot } from './backup-snapshot.ts';
import { createBackupStatus } from './backup-status.ts';
import { damage, officeDatabase, useTempDirs } from './backup-test-support.ts';
import { backupIfDue, MIRROR_FOLDER } from './backups.ts';
import type { BackupOptions } from './backups.ts';

const temp = useTempDirs();
const DAY = 24 * 60 * 60 * 1000;

/** A data folder with a database of `tickets` tickets, and backup options for it on 26 November. */
function office(tickets: number, extra: Partial<BackupOptions> = {}) {
  const root = temp('aufruf-backup-');
  const source = join(root, 'aufruf.sqlite');
  officeDatabase(source, tickets);
  const logs: { level: number; msg: string; error?: string }[] = [];
  const logger = pino(
    { level: 'debug' },
    { write: (line: string) => void logs.push(JSON.parse(line) as (typeof logs)[number]) },
  );
  const clock = manualClock(Date.UTC(2026, 10, 26, 9));
  const status = createBackupStatus();
  const options: BackupOptions = {
    source,
    dir: join(root, 'backups'),
    keep: 2,
    timeZone: 'Europe/Berlin',
    clock,
    logger,
    status,
    ...extra,
  };
  const errors = () => logs.filter((l) => l.level >= 50).map((l) => l.msg);
  return { root, source, options, clock, status, logs, errors };
}

const counts = (n: number) => ({ tickets: n, events: n, commands: n });

describe('daily backups', () => {
  it('makes one backup a day and keeps only the newest few', async () => {
    const { options } = office(0);
    const { dir } = options;
    mkdirSync(dir);
    for (const day of ['2026-11-01', '2026-11-02', '2026-11-03'])
      writeFileSync(join(dir, `aufruf-${day}.sqlite`), '');
    writeFileSync(join(dir, 'notes.txt'), 'kept');

    expect(await backupIfDue(options)).toMatchObject({
      day: '2026-11-26',
      local: { file: join(dir, 'aufruf-2026-11-26.sqlite'), ok: true },
      mirror: null,
    });
    expect(await backupIfDue(options)).toBeNull();
    expect(readdirSync(dir).sort()).toEqual([
      'aufruf-2026-11-03.sqlite',
      'aufruf-2026-11-26.sqlite',
      'notes.txt',
    ]);
    const copy = openStore({ file: join(dir, 'aufruf-2026-11-26.sqlite') });
    expect(copy.seq).toBe(0);
    copy.close();
  });

  it('copies each backup to the mirror, both checked whole with every row, and keeps as many there', async () => {
    const mirror = temp('aufruf-mirror-');
    const { options, status, errors } = office(5, { mirror });
    const folder = join(mirror, MIRROR_FOLDER);
    mkdirSync(folder);
    for (const day of ['2026-11-01', '2026-11-02']) writeFileSync(join(folder, `aufruf-${day}.sqlite`), '');

    const report = await backupIfDue(options);
    const local = join(options.dir, 'aufruf-2026-11-26.sqlite');
    const copy = join(folder, 'aufruf-2026-11-26.sqlite');
    expect(report).toMatchObject({ local: { file: local, ok: true }, mirror: { file: copy, ok: true } });
    for (const file of [local, copy]) {
      expect(checkBackupFile(file, counts(5)), file).toMatchObject({ ok: true, counts: counts(5) });
    }
    expect(readdirSync(folder).sort()).toEqual(['aufruf-2026-11-02.sqlite', 'aufruf-2026-11-26.sqlite']);
    expect(status.view()).toMatchObject({
      lastSuccessAt: Date.UTC(2026, 10, 26, 9),
      lastMirrorSuccessAt: Date.UTC(2026, 10, 26, 9),
    });
    expect(errors()).toEqual([]);
    expect(await backupIfDue(options)).toBeNull();
  });

  it('logs a missing mirror as an error, still writes the local backup, and catches up once it is mounted', async () => {
    const mirror = join(temp('aufruf-mnt-'), 'usb');
    const { options, status, errors, clock } = office(4, { mirror });

    const report = await backupIfDue(options);
    expect(report?.local).toMatchObject({ ok: true });
    expect(report?.mirror).toMatchObject({
      ok: false,
      error: `the mirror ${mirror} is not there (not mounted?)`,
    });
    expect(checkBackupFile(join(options.dir, 'aufruf-2026-11-26.sqlite'), counts(4))).toMatchObject({
      ok: true,
    });
    // The mount point is not made: files written there would fill the local disk.
    expect(existsSync(mirror)).toBe(false);
    expect(errors()).toEqual(['backup mirror failed; the local backup is kept']);
    expect(status.last?.mirror?.ok).toBe(false);

    // An hour later: tried again, but not said again.
    clock.advance(60 * 60 * 1000);
    expect((await backupIfDue(options))?.mirror?.ok).toBe(false);
    expect(errors()).toHaveLength(1);

    // The USB disk is plugged in (an empty mount point): today's backup goes there.
    mkdirSync(mirror);
    clock.advance(60 * 60 * 1000);
    expect(await backupIfDue(options)).toMatchObject({ local: { ok: true }, mirror: { ok: true } });
    expect(readdirSync(join(mirror, MIRROR_FOLDER))).toEqual(['aufruf-2026-11-26.sqlite']);
    expect(checkBackupFile(join(mirror, MIRROR_FOLDER, 'aufruf-2026-11-26.sqlite'), counts(4))).toMatchObject(
      {
        ok: true,
      },
    );
    expect(status.lastMirrorSuccessAt).toBe(Date.UTC(2026, 10, 26, 11));
  });

  it('deletes a mirror copy that fails its check and keeps the good ones before it', async () => {
    const mirror = temp('aufruf-mirror-');
    const { options, clock, status, errors } = office(300, { mirror });
    clock.set(Date.UTC(2026, 10, 25, 9));
    expect((await backupIfDue(options))?.mirror?.ok).toBe(true);

    clock.advance(DAY);
    const faulty = { copy: async (from: string, to: string) => (await copyFile(from, to), damage(to)) };
    const report = await backupIfDue({ ...options, steps: faulty });
    expect(report?.local.ok).toBe(true);
    expect(report?.mirror).toMatchObject({
      ok: false,
      error: expect.stringMatching(/failed its check \(damaged/) as unknown,
    });
    expect(readdirSync(join(mirror, MIRROR_FOLDER))).toEqual(['aufruf-2026-11-25.sqlite']);
    expect(errors()).toEqual(['backup mirror failed; the local backup is kept']);
    expect(status.lastMirrorSuccessAt).toBe(Date.UTC(2026, 10, 25, 9));
  });

  it('deletes a local backup that fails its check, keeps the earlier ones and copies nothing', async () => {
    const mirror = temp('aufruf-mirror-');
    const { options, clock, status, errors } = office(3, { mirror });
    clock.set(Date.UTC(2026, 10, 25, 9));
    await backupIfDue(options);

    clock.advance(DAY);
    // A copy that lost a row on the way: its counts are not those of the snapshot.
    const lossy = {
      snapshot: async (source: string, target: string) => {
        const taken = await writeSnapshot(source, target);
        return { ...taken, tickets: taken.tickets + 1 };
      },
    };
    const report = await backupIfDue({ ...options, steps: lossy });
    expect(report).toMatchObject({
      local: {
        ok: false,
        error: expect.stringMatching(/counts-differ: tickets: 3 in the copy, 4 in the source/) as unknown,
      },
      mirror: null,
    });
    expect(readdirSync(options.dir)).toEqual(['aufruf-2026-11-25.sqlite']);
    expect(readdirSync(join(mirror, MIRROR_FOLDER))).toEqual(['aufruf-2026-11-25.sqlite']);
    expect(errors()).toEqual(['backup failed; the earlier backups are kept']);
    expect(status.lastSuccessAt).toBe(Date.UTC(2026, 10, 25, 9));

    // The next hour tries again, and a good copy gets its name.
    clock.advance(60 * 60 * 1000);
    expect(await backupIfDue(options)).toMatchObject({ local: { ok: true }, mirror: { ok: true } });
  });
});
