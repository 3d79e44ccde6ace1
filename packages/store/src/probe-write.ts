import { statfsSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Database } from 'better-sqlite3';
import { BUSY_TIMEOUT_MS } from './open-database.ts';
import { sqliteCode } from './sqlite-errors.ts';

/** Whether a write transaction could start now, and if not, why. */
export type WriteProbe = 'ok' | 'locked' | 'read-only' | 'full' | 'error';

/**
 * Room a write needs besides what the file holds: a draw adds some 40 KB to the WAL, a day's
 * checkpoint grows the file. Below this the next commands may fail, so the hub is not ready.
 */
export const RESERVE_BYTES = 1024 * 1024;

/**
 * Prepares a cheap check that the next command can be stored: enough free space (on the disk and
 * under SQLite's own max_page_count), and an IMMEDIATE transaction that starts at once (no other
 * connection holds the write lock) and may write the file, rolled back. It writes nothing and syncs
 * nothing, so a health check may call it as often as it likes.
 */
export function prepareProbeWrite(db: Database, file: string): () => WriteProbe {
  const onDisk = file !== '' && file !== ':memory:';
  const pages = db.prepare<[], { free: number; size: number }>(
    `SELECT (SELECT max_page_count FROM pragma_max_page_count()) - (SELECT page_count FROM pragma_page_count())
       + (SELECT freelist_count FROM pragma_freelist_count()) AS free,
       (SELECT page_size FROM pragma_page_size()) AS size`,
  );
  // A write that matches no row: SQLite checks that the file may be written (in WAL mode a read-only
  // file still lets BEGIN IMMEDIATE through, its WAL being writable) and changes nothing.
  const noRowWrite = db.prepare('DELETE FROM office_state WHERE 0');

  const freeBytes = (): number => {
    const { free, size } = pages.get() ?? { free: 0, size: 0 };
    const underLimit = free * size;
    if (!onDisk) return underLimit;
    const disk = statfsSync(dirname(file));
    return Math.min(underLimit, disk.bavail * disk.bsize);
  };

  return () => {
    // Inside the hub's own transaction (never from a health check, which runs between commands).
    if (db.inTransaction) return 'ok';
    try {
      if (freeBytes() < RESERVE_BYTES) return 'full';
    } catch {
      return 'error';
    }
    // db.pragma, not a prepared statement: SQLite applies this pragma when it is prepared, not when run.
    db.pragma('busy_timeout = 0');
    try {
      db.exec('BEGIN IMMEDIATE');
      try {
        noRowWrite.run();
      } finally {
        db.exec('ROLLBACK');
      }
      return 'ok';
    } catch (error) {
      const code = sqliteCode(error) ?? '';
      if (/^SQLITE_(BUSY|LOCKED)/.test(code)) return 'locked';
      if (code.startsWith('SQLITE_READONLY')) return 'read-only';
      if (code === 'SQLITE_FULL') return 'full';
      return 'error';
    } finally {
      db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    }
  };
}
