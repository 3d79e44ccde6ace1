import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { manualClock } from '@aufruf/core';
import { openStore } from '@aufruf/store';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { backupIfDue } from './backups.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('daily backups', () => {
  it('makes one backup a day and keeps only the newest few', async () => {
    const root = mkdtempSync(join(tmpdir(), 'aufruf-backup-'));
    dirs.push(root);
    const store = openStore({ file: join(root, 'aufruf.sqlite') });
    const dir = join(root, 'backups');
    mkdirSync(dir);
    for (const day of ['2026-11-01', '2026-11-02', '2026-11-03'])
      writeFileSync(join(dir, `aufruf-${day}.sqlite`), '');
    writeFileSync(join(dir, 'notes.txt'), 'kept');
    const clock = manualClock(Date.UTC(2026, 10, 26, 9));
    const options = {
      store,
      dir,
      keep: 2,
      timeZone: 'Europe/Berlin',
      clock,
      logger: pino({ level: 'silent' }),
    };

    expect(await backupIfDue(options)).toBe(join(dir, 'aufruf-2026-11-26.sqlite'));
    expect(await backupIfDue(options)).toBeNull();
    expect(readdirSync(dir).sort()).toEqual([
      'aufruf-2026-11-03.sqlite',
      'aufruf-2026-11-26.sqlite',
      'notes.txt',
    ]);
    const copy = openStore({ file: join(dir, 'aufruf-2026-11-26.sqlite') });
    expect(copy.seq).toBe(0);
    copy.close();
    expect(existsSync(join(dir, 'aufruf-2026-11-26.sqlite.partial'))).toBe(false);
    store.close();
  });
});
