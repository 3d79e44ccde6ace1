import Database from 'better-sqlite3';
import { countRows } from './backup-check.ts';
import type { RowCounts } from './backup-check.ts';

// A read never waits for the hub's writes (WAL); this covers only SQLite recovering the WAL index after
// a crash. Short, like the store's own: the hub's event loop stands still while it waits.
const BUSY_TIMEOUT_MS = 1000;

/**
 * Writes a consistent copy of the database `source` to `target` (a new file) and returns the row
 * counts of exactly the state it copied, for the check afterwards.
 *
 * Why a connection of its own, held in one read transaction: the hub keeps writing during the backup.
 * SQLite's online backup copies a few pages per step between the hub's commands; a write from another
 * connection between two steps restarts it, a write from its own connection is copied along, and
 * either way nobody can say afterwards which counts the copy must have. This read-only connection
 * opens a transaction first and counts; in WAL mode that pins one snapshot, and every backup step
 * (which uses a read transaction already open on its source instead of opening one per step) copies
 * from that same snapshot. So the copy holds exactly the counted rows, however much the hub writes
 * meanwhile, and the backup still goes in small steps that never block the hub. (`VACUUM INTO` would
 * be consistent too, but runs in one synchronous call: seconds of a stopped hub for a large database.)
 */
export async function writeSnapshot(source: string, target: string): Promise<RowCounts> {
  const db = new Database(source, { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
  let counts: RowCounts;
  try {
    db.exec('BEGIN');
    counts = countRows(db);
    await db.backup(target);
    db.exec('COMMIT');
  } finally {
    db.close();
  }
  asSingleFile(target);
  return counts;
}

/**
 * The copy carries the hub's WAL mode in its header, and opening such a file (even read-only) leaves
 * -wal and -shm files beside it. In rollback mode a backup is one self-contained file: safe to copy
 * to a USB disk or by hand. The hub switches a restored database back to WAL when it opens it.
 */
export function asSingleFile(file: string): void {
  const db = new Database(file, { fileMustExist: true });
  try {
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
}
