import type { Migration } from './migration.ts';

// The office head edits the setup in /admin: the current setup is one JSON document with a version
// (a save names the version it edited, so two people cannot overwrite each other unseen), and every
// save leaves an audit row saying who changed what and when. Tickets learn their kind (priority,
// appointment); NULL is a normal walk-in ticket, as every ticket before this migration was.
const SCHEMA = `
ALTER TABLE tickets ADD COLUMN kind TEXT CHECK (kind IS NULL OR kind IN ('priority', 'appointment'));

CREATE TABLE office_settings (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  version INTEGER NOT NULL CHECK (version > 0),
  value TEXT NOT NULL CHECK (json_valid(value)),
  updated_at INTEGER NOT NULL,
  updated_by TEXT NOT NULL
) STRICT;

CREATE TABLE settings_audit (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at INTEGER NOT NULL,
  by TEXT NOT NULL,
  version INTEGER NOT NULL,
  changes TEXT NOT NULL CHECK (json_valid(changes) AND json_type(changes) = 'array')
) STRICT;
`;

/** Editable office settings with their audit log, and the kind of a ticket. */
export const officeSettings: Migration = {
  version: 5,
  name: 'office-settings',
  up(db) {
    db.exec(SCHEMA);
  },
};
