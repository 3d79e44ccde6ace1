import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from './migrate.ts';
import { openDatabase } from './open-database.ts';
import { prepareProbeWrite } from './probe-write.ts';
import { useTempDir } from './test-support.ts';

describe('probeWrite', () => {
  const temp = useTempDir();
  const migrated = (file = temp.path()) => {
    const db = temp.track(openDatabase(file));
    migrate(db);
    return db;
  };
  const frames = (db: Database.Database) =>
    (db.pragma('wal_checkpoint(PASSIVE)') as { log: number }[])[0]?.log ?? -1;

  it('says ok for a database that can take a write, and writes nothing proving it', () => {
    const db = migrated();
    db.pragma('wal_checkpoint(TRUNCATE)');
    const version = db.pragma('data_version', { simple: true });
    expect(prepareProbeWrite(db, temp.path())()).toBe('ok');
    expect(frames(db)).toBe(0);
    expect(db.pragma('data_version', { simple: true })).toBe(version);
  });

  it('says locked at once while another connection holds the write lock, ok after', () => {
    const db = migrated();
    const probe = prepareProbeWrite(db, temp.path());
    const other = temp.track(new Database(temp.path()));
    other.exec('BEGIN IMMEDIATE');
    const started = performance.now();
    expect(probe()).toBe('locked');
    // No waiting for the lock: the health check must answer while it is held.
    expect(performance.now() - started).toBeLessThan(500);
    other.exec('ROLLBACK');
    expect(probe()).toBe('ok');
    // The connection's own busy timeout is back for the hub's commands.
    expect(db.pragma('busy_timeout', { simple: true })).toBe(1000);
  });

  it('says read-only for a connection that may not write the file', () => {
    migrated().close();
    const readOnly = temp.track(new Database(temp.path(), { readonly: true }));
    expect(prepareProbeWrite(readOnly, temp.path())()).toBe('read-only');
  });

  it('says full when SQLite may not grow the file any more', () => {
    const db = migrated();
    const probe = prepareProbeWrite(db, temp.path());
    expect(probe()).toBe('ok');
    const pages = db.pragma('page_count', { simple: true }) as number;
    db.pragma(`max_page_count = ${pages + 10}`);
    expect(probe()).toBe('full');
  });
});
