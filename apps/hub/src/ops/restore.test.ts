import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { checkBackupFile } from './backup-check.ts';
import { addTickets, officeDatabase, useTempDirs } from './backup-test-support.ts';
import { acquireDataDirLock } from './data-dir-lock.ts';
import { restoreBackup, restoreExitCode, restoreText } from './restore.ts';

const temp = useTempDirs();
const NOW = new Date('2026-11-26T10:15:00.000Z');

/** A data folder whose database has 2 tickets (with its -wal and -shm, as a hub killed mid-day leaves it). */
function dataFolder(): { dataDir: string; database: string } {
  const dataDir = temp('aufruf-data-');
  const database = join(dataDir, 'aufruf.sqlite');
  officeDatabase(database, 2);
  writeFileSync(`${database}-wal`, 'wal');
  writeFileSync(`${database}-shm`, 'shm');
  return { dataDir, database };
}

describe('restoring a backup', () => {
  it('moves the database and its -wal and -shm aside and puts the checked backup in its place', () => {
    const { dataDir, database } = dataFolder();
    const backup = join(temp(), 'aufruf-2026-11-25.sqlite');
    officeDatabase(backup, 5);

    const outcome = restoreBackup({ file: backup, dataDir, now: NOW });
    const aside = join(dataDir, 'replaced', 'aufruf-2026-11-26T10-15-00-000Z.sqlite');
    expect(outcome).toMatchObject({
      kind: 'restored',
      database,
      replaced: [aside, `${aside}-wal`, `${aside}-shm`],
      check: { counts: { tickets: 5 } },
    });
    expect(readFileSync(`${aside}-wal`, 'utf8')).toBe('wal');
    expect(checkBackupFile(database)).toMatchObject({ ok: true, counts: { tickets: 5 } });
    expect(readdirSync(dataDir).sort()).toEqual(['aufruf.sqlite', 'replaced']);
    expect(restoreExitCode(outcome)).toBe(0);
    const text = restoreText(outcome);
    expect(text).toContain('Die Sicherung wurde wiederhergestellt.');
    expect(text).toContain('The backup was restored.');
    expect(text).toContain(aside);
  });

  it('takes along the last writes a backup keeps in its own -wal file', () => {
    const { dataDir, database } = dataFolder();
    const source = join(temp(), 'live.sqlite');
    officeDatabase(source, 1);
    const writer = new Database(source);
    writer.pragma('wal_autocheckpoint = 0');
    addTickets(writer, 4);
    // A copy of the file and its -wal while the connection is open: the four tickets are only in the -wal.
    const backup = join(temp(), 'copied.sqlite');
    copyFileSync(source, backup);
    copyFileSync(`${source}-wal`, `${backup}-wal`);
    writer.close();

    expect(restoreBackup({ file: backup, dataDir, now: NOW })).toMatchObject({ kind: 'restored' });
    expect(checkBackupFile(database)).toMatchObject({ ok: true, counts: { tickets: 5 } });
    expect(existsSync(`${database}-wal`)).toBe(false);
  });

  it('refuses, changing nothing: a missing file, the database itself, a foreign file, a held folder', () => {
    const { dataDir, database } = dataFolder();
    const before = readFileSync(database);
    const foreign = join(temp(), 'notes.sqlite');
    writeFileSync(foreign, 'kein Backup');
    mkdirSync(join(dataDir, 'backups'));

    const missing = restoreBackup({ file: join(dataDir, 'backups', 'nope.sqlite'), dataDir });
    expect([missing.kind, restoreExitCode(missing)]).toEqual(['missing', 1]);
    const itself = restoreBackup({ file: database, dataDir });
    expect([itself.kind, restoreExitCode(itself)]).toEqual(['is-the-database', 2]);
    const notOne = restoreBackup({ file: foreign, dataDir });
    expect(notOne).toMatchObject({ kind: 'not-a-backup', failure: 'unreadable' });
    expect(restoreText(notOne)).toContain('keine brauchbare Sicherung (keine SQLite-Datenbank)');

    const hub = acquireDataDirLock(dataDir, 'hub', 8080);
    if (!hub.ok) throw new Error('not taken');
    // A live holder: this process would count as stale for itself, so the lock names the parent.
    const parent = { ...hub.lock.holder, pid: process.ppid, processStart: undefined };
    writeFileSync(hub.lock.file, JSON.stringify(parent));
    const held = restoreBackup({ file: foreign, dataDir });
    expect([held.kind, restoreExitCode(held)]).toEqual(['hub-running', 3]);
    expect(restoreText(held)).toContain('Der Hub läuft noch mit diesem Datenordner');

    expect(readFileSync(database)).toEqual(before);
    expect(readdirSync(dataDir).sort()).toEqual(
      ['aufruf.sqlite', 'aufruf.sqlite-shm', 'aufruf.sqlite-wal', 'backups', 'hub.lock'].sort(),
    );
  });
});
