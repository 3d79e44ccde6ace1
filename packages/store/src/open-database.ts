import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

/**
 * How long a statement waits for another connection's write lock (a backup tool, a second process).
 * The hub's event loop stands still meanwhile, so it must stay well inside Socket.IO's ping window
 * (pingInterval + pingTimeout = 3.5 s, see gateway.ts), or every screen drops while the lock is held.
 */
export const BUSY_TIMEOUT_MS = 1000;

/** Opens (or creates) the SQLite file with the settings every Aufruf connection needs. */
export function openDatabase(file: string): Database.Database {
  // A fresh install points at data/aufruf.db before anyone has made data/.
  if (file !== ':memory:' && file !== '') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  try {
    // First, so that the journal switch below already waits for another connection instead of failing.
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    // WAL + FULL: a number that was printed must still be there after a power cut.
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    // Off by default in SQLite; the schema's REFERENCES are only worth something with it on.
    db.pragma('foreign_keys = ON');
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}
