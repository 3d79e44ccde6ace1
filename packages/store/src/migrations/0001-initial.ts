import type { Migration } from './migration.ts';

// STRICT tables: SQLite would otherwise accept '3' for a number and hand back a string, and the
// hub must read back exactly the numbers and nulls it wrote. Only ids, states and times are kept:
// the office's queue needs no names or other personal data, so none is stored.
const SCHEMA = `
CREATE TABLE commands (
  id INTEGER PRIMARY KEY,
  -- UNIQUE: a request the client repeats after a lost acknowledgement is answered, not applied twice.
  request_id TEXT UNIQUE,
  name TEXT NOT NULL,
  at INTEGER NOT NULL,
  reply TEXT NOT NULL CHECK (json_valid(reply))
) STRICT;

CREATE TABLE events (
  -- AUTOINCREMENT: a seq is never handed out twice, so clients can trust it to order and resync.
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  at INTEGER NOT NULL,
  type TEXT NOT NULL,
  ticket_id TEXT,
  place_id TEXT,
  day TEXT,
  data TEXT NOT NULL CHECK (json_valid(data)),
  command_id INTEGER NOT NULL REFERENCES commands (id)
) STRICT;
-- Finds the last DayStarted (and, for statistics, events of one kind) without reading a year of events.
CREATE INDEX events_type ON events (type);

CREATE TABLE tickets (
  id TEXT PRIMARY KEY NOT NULL,
  day TEXT NOT NULL,
  letter TEXT NOT NULL,
  number INTEGER NOT NULL,
  errand_id TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('waiting', 'called', 'served', 'no-show', 'expired')),
  drawn_at INTEGER NOT NULL,
  queued_at INTEGER NOT NULL,
  place_id TEXT,
  target_place_id TEXT,
  first_called_at INTEGER,
  called_at INTEGER,
  finished_at INTEGER,
  calls INTEGER NOT NULL,
  -- The last line of defence: even a bug in the hub cannot print the same number twice a day.
  UNIQUE (day, letter, number)
) STRICT;
-- Open tickets of earlier days are loaded by status. No separate index on day: the UNIQUE
-- (day, letter, number) index starts with day and serves a day's tickets and its last numbers.
CREATE INDEX tickets_status ON tickets (status);

CREATE TABLE places (
  id TEXT PRIMARY KEY NOT NULL,
  errand_ids TEXT NOT NULL CHECK (json_valid(errand_ids) AND json_type(errand_ids) = 'array'),
  paused INTEGER NOT NULL CHECK (paused IN (0, 1)),
  ticket_id TEXT REFERENCES tickets (id)
) STRICT;

-- Single values of the office as a whole (the current service day); key/value so that later
-- migrations can add one without changing a table.
CREATE TABLE office_state (
  key TEXT PRIMARY KEY NOT NULL,
  value TEXT NOT NULL
) STRICT;
`;

/** Tables for commands, events, tickets, places and the current day. */
export const initial: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(SCHEMA);
  },
};
