import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './open-database.ts';
import { useTempDir } from './test-support.ts';

describe('openDatabase', () => {
  const temp = useTempDir();

  it('opens a file in WAL mode with full sync, foreign keys and a busy timeout', () => {
    const db = temp.track(openDatabase(temp.path()));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    // Below Socket.IO's 3.5 s ping window: a lock held elsewhere must not drop every screen.
    expect(db.pragma('busy_timeout', { simple: true })).toBe(1000);
  });

  it('creates the folder of a database that does not exist yet', () => {
    const file = temp.path('data/office/aufruf.db');
    temp.track(openDatabase(file));
    expect(existsSync(dirname(file))).toBe(true);
    expect(existsSync(file)).toBe(true);
  });

  it('opens an in-memory database without touching the disk', () => {
    const db = temp.track(openDatabase(':memory:'));
    expect(db.memory).toBe(true);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
  });
});
