import type { Migration } from './migration.ts';

// Daily aggregates of closed service days. They hold counts and minute histograms only – no ticket
// ids, numbers or times of single visits – so they may be kept forever while retention deletes the
// ticket details. A histogram is a JSON array: index m counts durations of m to m+1 minutes, the
// last index (240) everything from four hours on; trailing zeros are left out.
const SCHEMA = `
-- One row per day whose aggregates are written: the mark that retention may delete its details.
CREATE TABLE stats_days (
  day TEXT PRIMARY KEY NOT NULL,
  written_at INTEGER NOT NULL,
  -- The hours of stats_hours were counted in this time zone.
  time_zone TEXT NOT NULL
) STRICT;

CREATE TABLE stats_errands (
  day TEXT NOT NULL REFERENCES stats_days (day),
  errand_id TEXT NOT NULL,
  tickets INTEGER NOT NULL CHECK (tickets >= 0),
  served INTEGER NOT NULL CHECK (served >= 0),
  no_show INTEGER NOT NULL CHECK (no_show >= 0),
  expired INTEGER NOT NULL CHECK (expired >= 0),
  -- Drawn → first called, every ticket that was called.
  wait_minutes TEXT NOT NULL CHECK (json_valid(wait_minutes) AND json_type(wait_minutes) = 'array'),
  -- First called → finished, served tickets only.
  service_minutes TEXT NOT NULL CHECK (json_valid(service_minutes) AND json_type(service_minutes) = 'array'),
  PRIMARY KEY (day, errand_id)
) STRICT;

CREATE TABLE stats_places (
  day TEXT NOT NULL REFERENCES stats_days (day),
  place_id TEXT NOT NULL,
  served INTEGER NOT NULL CHECK (served >= 0),
  no_show INTEGER NOT NULL CHECK (no_show >= 0),
  service_minutes TEXT NOT NULL CHECK (json_valid(service_minutes) AND json_type(service_minutes) = 'array'),
  PRIMARY KEY (day, place_id)
) STRICT;

-- Arrivals (tickets drawn) per hour of the day; hours without arrivals have no row.
CREATE TABLE stats_hours (
  day TEXT NOT NULL REFERENCES stats_days (day),
  hour INTEGER NOT NULL CHECK (hour BETWEEN 0 AND 23),
  tickets INTEGER NOT NULL CHECK (tickets > 0),
  PRIMARY KEY (day, hour)
) STRICT;

-- Retention deletes old commands; without this index the foreign key check of every deleted
-- command would read the whole events table.
CREATE INDEX events_command ON events (command_id);
`;

/** Per-day statistics (by errand, place and hour) that outlive the ticket details; an index for retention. */
export const dailyStats: Migration = {
  version: 4,
  name: 'daily-stats',
  up(db) {
    db.exec(SCHEMA);
  },
};
