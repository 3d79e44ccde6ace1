import type { Migration } from './migration.ts';

// Every page a command changes is written to the WAL and synced, and a draw changed about fifteen.
// These went without anyone reading them:
// - events AUTOINCREMENT wrote sqlite_sequence on every insert. A plain INTEGER PRIMARY KEY takes
//   MAX(seq) + 1, which never hands out a seq twice as long as the newest event is never deleted:
//   retention deletes only events before the DayStarted of the first day it keeps, never that one.
// - events_type put every event into an index; only day starts are looked up by type (the load's last
//   DayStarted, retention's boundary). A partial index holds just those; today's calls are read by
//   walking back from the newest seq.
// - events_command and the foreign key behind it: every event entered the index so that retention's
//   command deletes could be checked. Commit writes a command and its events in one transaction, and
//   retention keeps every command a kept event names (see retention.ts), so the link holds without it.
// - follow_tokens had a hidden rowid beside its token key; WITHOUT ROWID keeps the row in the token's
//   own b-tree.
const SCHEMA = `
CREATE TABLE events_lean (
  seq INTEGER PRIMARY KEY,
  at INTEGER NOT NULL,
  type TEXT NOT NULL,
  ticket_id TEXT,
  place_id TEXT,
  day TEXT,
  data TEXT NOT NULL CHECK (json_valid(data)),
  command_id INTEGER NOT NULL
) STRICT;
INSERT INTO events_lean (seq, at, type, ticket_id, place_id, day, data, command_id)
  SELECT seq, at, type, ticket_id, place_id, day, data, command_id FROM events;
DROP TABLE events;
ALTER TABLE events_lean RENAME TO events;
CREATE INDEX events_day_started ON events (day) WHERE type = 'DayStarted';

CREATE TABLE follow_tokens_lean (
  token TEXT PRIMARY KEY NOT NULL,
  ticket_id TEXT NOT NULL UNIQUE REFERENCES tickets (id) ON DELETE CASCADE,
  created_at INTEGER NOT NULL
) STRICT, WITHOUT ROWID;
INSERT INTO follow_tokens_lean (token, ticket_id, created_at)
  SELECT token, ticket_id, created_at FROM follow_tokens;
DROP TABLE follow_tokens;
ALTER TABLE follow_tokens_lean RENAME TO follow_tokens;
`;

/** Fewer pages per command: events and follow tokens without the indexes and counters nobody read. */
export const leanWrites: Migration = {
  version: 6,
  name: 'lean-writes',
  up(db) {
    db.exec(SCHEMA);
  },
};
