import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { databasePaths, newestBackup, openOfficeStore, troubleOf, troubleText } from './database-start.ts';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));
const fresh = (): string => (dir = mkdtempSync(join(tmpdir(), 'aufruf-start-')));

describe('the database at start', () => {
  it('names the newest daily backup, ignoring half-written and foreign files', () => {
    const backups = join(fresh(), 'backups');
    expect(newestBackup(backups)).toBeUndefined();
    mkdirSync(backups);
    for (const name of [
      'aufruf-2026-11-24.sqlite',
      'aufruf-2026-11-26.sqlite',
      'aufruf-2026-11-27.sqlite.partial',
      'notes.txt',
    ])
      writeFileSync(join(backups, name), '');
    expect(newestBackup(backups)).toBe(join(backups, 'aufruf-2026-11-26.sqlite'));
  });

  it('names the command that restores the newest backup into this data folder', () => {
    const dataDir = fresh();
    const paths = databasePaths(dataDir);
    mkdirSync(paths.backups);
    writeFileSync(join(paths.backups, 'aufruf-2026-11-26.sqlite'), '');
    const text = troubleText('corrupt', paths);
    expect(text).toContain('So stellen Sie die neueste Sicherung wieder her');
    expect(text).toContain(
      `npm run restore -- "${join(paths.backups, 'aufruf-2026-11-26.sqlite')}" --data-dir "${dataDir}"`,
    );
    expect(text).toContain(join(dataDir, 'replaced'));
  });

  it('says how to start anew when there is no backup to restore', () => {
    const paths = databasePaths(fresh());
    const text = troubleText('corrupt', paths);
    expect(text).toContain(`Die Datenbank ist beschädigt: ${paths.file}`);
    expect(text).toContain(`Im Ordner ${paths.backups} liegt keine Sicherung.`);
  });

  it('refuses a store another program holds locked, as "locked"', () => {
    const paths = databasePaths(fresh());
    openOfficeStore(paths.file).close();
    const other = new Database(paths.file);
    other.exec('BEGIN IMMEDIATE');
    try {
      let thrown: unknown;
      try {
        openOfficeStore(paths.file).close();
      } catch (error) {
        thrown = error;
      }
      expect(troubleOf(thrown)).toBe('locked');
      expect(troubleText('locked', paths)).toContain('Ein anderes Programm hält die Datenbank gesperrt');
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
  });

  it('leaves errors that are not the database’s to the caller', () => {
    expect(troubleOf(new Error('EADDRINUSE'))).toBeUndefined();
  });
});
