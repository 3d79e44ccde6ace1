import type { Database } from 'better-sqlite3';
import { ALL_DAYS } from './stats-store.ts';
import type { StatsStore } from './stats-store.ts';

/** Which ticket details to delete: those of service days before `before`, a batch of days at a time. */
export interface PruneQuery {
  /** First day to keep (YYYY-MM-DD); older days lose their details. */
  readonly before: string;
  /** The office time zone, for closing days that have no aggregates yet. */
  readonly timeZone: string;
  /** At most this many days per call, so the hub is never blocked long (default 3). */
  readonly maxDays?: number;
}

/** What one call deleted. */
export interface PruneResult {
  /** Service days whose tickets were deleted, oldest first. */
  readonly days: readonly string[];
  readonly tickets: number;
  readonly followTokens: number;
  readonly events: number;
  readonly commands: number;
  /** More days are due: call again. */
  readonly more: boolean;
}

// A ticket row may go when its day is aggregated, it is finished and no place still points at it
// (a place row holds a foreign key to its current ticket).
const DELETABLE = `day < @end AND status NOT IN ('waiting', 'called')
  AND day IN (SELECT day FROM stats_days)
  AND id NOT IN (SELECT ticket_id FROM places WHERE ticket_id IS NOT NULL)`;

/**
 * Prepares retention (DSGVO): the details of a visit – the ticket row with its times, its follow
 * token, the events that mention it and the commands whose stored replies carry it – are deleted
 * once its day is older than `before`. Events and commands go by position: everything before the
 * DayStarted of the first kept day belongs to deleted days (the expiries of a rollover sit just
 * before its DayStarted), except events of a ticket that had to stay. Daily aggregates stay, and a
 * day is only touched when it is closed and aggregated, so reports over old days never change.
 */
export function preparePruneTicketDetails(
  db: Database,
  stats: StatsStore,
): (query: PruneQuery) => PruneResult {
  const currentDay = db.prepare<[], string>("SELECT value FROM office_state WHERE key = 'day'").pluck();
  const writtenDays = db.prepare<[], string>('SELECT day FROM stats_days').pluck();
  const deleteTokens = db.prepare<[{ end: string }]>(
    `DELETE FROM follow_tokens WHERE ticket_id IN (SELECT id FROM tickets WHERE ${DELETABLE})`,
  );
  const deleteTickets = db.prepare<[{ end: string }]>(`DELETE FROM tickets WHERE ${DELETABLE}`);
  const boundary = db.prepare<[string], { seq: number; command_id: number }>(
    "SELECT seq, command_id FROM events WHERE type = 'DayStarted' AND day >= ? ORDER BY seq LIMIT 1",
  );
  const deleteEvents = db.prepare<[number]>(
    'DELETE FROM events WHERE seq < ? AND (ticket_id IS NULL OR ticket_id NOT IN (SELECT id FROM tickets))',
  );
  // Command ids grow with seqs; the ones still referenced by a kept event must stay (foreign key).
  const deleteCommands = db.prepare<[number, number]>(
    'DELETE FROM commands WHERE id < ? AND id NOT IN (SELECT command_id FROM events WHERE seq < ?)',
  );

  const prune = db.transaction(({ before, timeZone, maxDays = 3 }: PruneQuery): PruneResult => {
    const nothing: PruneResult = {
      days: [],
      tickets: 0,
      followTokens: 0,
      events: 0,
      commands: 0,
      more: false,
    };
    stats.closeDays(timeZone);
    const current = currentDay.get();
    if (current === undefined) return nothing;
    // Never today's day, and never from the first day without aggregates on.
    let keepFrom = before < current ? before : current;
    const written = new Set(writtenDays.all());
    const due: string[] = [];
    for (const day of stats.ticketDays(ALL_DAYS.from, keepFrom)) {
      if (day >= keepFrom) break;
      if (!written.has(day)) {
        keepFrom = day;
        break;
      }
      due.push(day);
    }
    const days = due.slice(0, Math.max(1, maxDays));
    const end = due[days.length] ?? keepFrom;
    const followTokens = deleteTokens.run({ end }).changes;
    const tickets = deleteTickets.run({ end }).changes;
    let events = 0;
    let commands = 0;
    const first = boundary.get(end);
    if (first) {
      events = deleteEvents.run(first.seq).changes;
      commands = deleteCommands.run(first.command_id, first.seq).changes;
    }
    return { days, tickets, followTokens, events, commands, more: due.length > days.length };
  });

  return (query) => {
    // Overwrite deleted content with zeros instead of leaving it readable in free pages of the file.
    const previous = db.pragma('secure_delete', { simple: true }) as number;
    db.pragma('secure_delete = ON');
    try {
      return prune.immediate(query);
    } finally {
      db.pragma(`secure_delete = ${previous}`);
    }
  };
}
