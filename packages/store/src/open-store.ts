import { prepareCommit } from './commit.ts';
import { prepareDevices, prepareSettings } from './devices.ts';
import { prepareLastNumbers, prepareLoadState } from './load-state.ts';
import { prepareServiceHistory } from './service-history.ts';
import { migrate } from './migrate.ts';
import { BUSY_TIMEOUT_MS, openDatabase } from './open-database.ts';
import { prepareOfficeSettings } from './office-settings-store.ts';
import { prepareProbeWrite } from './probe-write.ts';
import { preparePruneTicketDetails } from './retention.ts';
import { prepareDayRecord } from './day-record.ts';
import { prepareStats } from './stats-store.ts';
import type { Store } from './store.ts';

/** Opens the store at a file path (or ':memory:'), migrating the schema first. */
export function openStore(options: { file: string }): Store {
  const db = openDatabase(options.file);
  try {
    migrate(db);
  } catch (error) {
    db.close();
    throw error;
  }
  const commit = prepareCommit(db);
  const stats = prepareStats(db);
  const loadState = prepareLoadState(db);
  const findReply = db.prepare<[string], string>('SELECT reply FROM commands WHERE request_id = ?').pluck();
  // Read from the table each time rather than cached: a rolled-back transaction leaves no stale value.
  const ticketByToken = db
    .prepare<[string], string>('SELECT ticket_id FROM follow_tokens WHERE token = ?')
    .pluck();
  const tokenOfTicket = db
    .prepare<[string], string>('SELECT token FROM follow_tokens WHERE ticket_id = ?')
    .pluck();
  const lastSeq = db.prepare<[], number>('SELECT COALESCE(MAX(seq), 0) FROM events').pluck();
  // One wrapper made once; called with the work to do.
  const run = db.transaction((fn: () => unknown) => fn());

  return {
    devices: prepareDevices(db),
    settings: prepareSettings(db),
    officeSettings: prepareOfficeSettings(db),
    loadState,
    serviceHistory: prepareServiceHistory(db),
    commit,
    closeDays: stats.closeDays,
    stats: stats.stats,
    pruneTicketDetails: preparePruneTicketDetails(db, stats),
    dayRecord: prepareDayRecord(db),
    findReply(requestId) {
      const reply = findReply.get(requestId);
      return reply === undefined ? undefined : (JSON.parse(reply) as unknown);
    },
    findTicketIdByToken(token) {
      return ticketByToken.get(token);
    },
    findTokenOfTicket(ticketId) {
      return tokenOfTicket.get(ticketId);
    },
    transaction<T>(fn: () => T, options: { readonly wait?: boolean } = {}): T {
      // Joining instead of nesting: the hub's command is one unit, so there is nothing to roll back
      // partially (commit protects itself with its own savepoint).
      if (db.inTransaction) return fn();
      if (options.wait !== false) return run.immediate(fn) as T;
      // Only BEGIN can meet the lock; once it is ours, nothing in the transaction waits. db.pragma, not a
      // prepared statement: SQLite applies this pragma when it is prepared, not when it is run.
      db.pragma('busy_timeout = 0');
      try {
        return run.immediate(fn) as T;
      } finally {
        db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
      }
    },
    lastNumbers: prepareLastNumbers(db),
    probeWrite: prepareProbeWrite(db, options.file),
    async backup(file) {
      await db.backup(file);
    },
    get seq() {
      return lastSeq.get() ?? 0;
    },
    close() {
      db.close();
    },
  };
}
